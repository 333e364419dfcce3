import { daysInMonth, formatCivilDate, parseCivilDate, shiftDays } from "../dates.js";
import { dateOfReachingAge } from "../household/age.js";
import type { ConditionSpec } from "../rules/schema.js";
import type { ConditionResult } from "../explain/trace.js";
import type { EvaluationContext } from "./context.js";
import { nextWorkingDay } from "./working-days.js";
import { memberPath, message, openQuestionsFor, parameterOf, result } from "./result.js";
import type { ConditionKind } from "./kind.js";

type DeadlineSpec = Extract<ConditionSpec, { kind: "application-deadline" }>;

/**
 * A term in months counted as KPA art. 57 § 3 counts it: it ends on the day of the last month
 * whose date matches the starting day, or — when that month has no such day — on its last day
 * (born 29 February → the 12-month term ends on 28 February of a common year).
 */
export function endOfMonthTerm(start: string, months: number): string {
  const p = parseCivilDate(start);
  if (!p) throw new RangeError(`Not a civil date: ${start}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatCivilDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/**
 * The application (household.applicationDate) was filed within `months` of the subject's birth —
 * or, for an applicant whose relation is in `carers`, of the day they took the child into
 * custody or adopted it (member.custodySince), and before the child reaches `carerAgeLimit`.
 * KPA art. 57 § 5: a term ending on a Saturday or a statutory non-working day ends on the next
 * day that is neither; those days are read from the rule named in `holidays`.
 */
export function applicationDeadlineCondition(spec: DeadlineSpec, ctx: EvaluationContext): ConditionResult {
  const applied = ctx.household.applicationDate;
  const birth = ctx.birthDate(ctx.claimant);
  const relation = ctx.claimant.applicantRelation;
  const carer = relation !== undefined && (spec.carers?.includes(relation) ?? false);
  const missing = [
    ...(applied === undefined ? ["applicationDate"] : []),
    ...(birth === undefined ? [memberPath(ctx, "birthDate")] : []),
    ...(spec.carers?.length && relation === undefined ? [memberPath(ctx, "applicantRelation")] : []),
    ...(carer && ctx.claimant.custodySince === undefined ? [memberPath(ctx, "custodySince")] : []),
  ];
  if (applied === undefined || birth === undefined || missing.length > 0) {
    return result(spec, "unknown", message("deadline.unknown"), { missing });
  }
  for (const name of [spec.months, spec.carerAgeLimit]) {
    if (name !== undefined && parameterOf(ctx, name) === null) {
      return result(spec, "assess", message("parameter.open", { parameter: name }), { openQuestions: openQuestionsFor(ctx, name) });
    }
  }
  const months = Number(parameterOf(ctx, spec.months));
  const start = carer ? (ctx.claimant.custodySince as string) : birth;
  let end = endOfMonthTerm(start, months);
  const facts: Record<string, string> = { applicationDate: applied, start, birthDate: birth };
  const args: Record<string, string> = { applied, start, end, months: String(months), from: carer ? "custody" : "birth" };
  if (carer && spec.carerAgeLimit !== undefined) {
    const adult = dateOfReachingAge(birth, Number(parameterOf(ctx, spec.carerAgeLimit)));
    args["ageLimitOn"] = adult;
    if (applied >= adult) return result(spec, "fail", message("deadline.age-limit", args), { facts, values: { end } });
    const lastDay = shiftDays(adult, -1);
    if (lastDay < end) end = lastDay;
    args["end"] = end;
  }
  const values = { end };
  if (applied < start) return result(spec, "fail", message("deadline.before-start", args), { facts, values });
  if (applied <= end) return result(spec, "pass", message("deadline.pass", args), { facts, values });
  if (spec.holidays !== undefined) {
    const next = nextWorkingDay(end, spec.holidays, ctx.rules);
    if (next.date !== end && applied <= next.date) {
      return result(spec, "pass", message("deadline.pass-shifted", { ...args, shifted: next.date, skipped: next.skipped.join("; ") }), {
        facts,
        values: { ...values, shifted: next.date },
      });
    }
    if (next.date !== end) args["shifted"] = next.date;
  }
  return result(spec, "fail", message("deadline.late", args), { facts, values });
}



/** Decided by its traced evaluation (rare, and its date arithmetic is most of its work). */
export const applicationDeadlineKind: ConditionKind<DeadlineSpec> = {
  evaluate: applicationDeadlineCondition,
  // the non-working days are read where the term ends (KPA art. 57 § 5), a date the household gives
  readsHouseholdDate: (spec) => spec.holidays !== undefined,
};
