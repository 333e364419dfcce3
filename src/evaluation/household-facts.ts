import type { EvaluationContext, ResolvedCriterion } from "../conditions/context.js";
import { type HouseholdIncome, type IncomeRegime, householdIncome, incomeRegimeOf } from "../household/income.js";
import { applicantIndexOf } from "../household/members.js";
import type { MunicipalityRegister } from "../household/municipality.js";
import { decodePesel } from "../household/pesel.js";
import type { Household, Member } from "../household/schema.js";
import { parameterDecimal, scaledParameter, ZERO } from "../money.js";
import type { Rule } from "../rules/schema.js";
import { EQUIVALENCE_RULE, INCOME_RULE } from "./fixed-rules.js";
import type { Edition, LawOnDate } from "./law-on-date.js";


/** The facts of one household on one date, derived once and shared by every programme. */
export interface HouseholdFacts {
  readonly household: Household;
  readonly law: LawOnDate;
  /** The household's municipality as the engine's register resolves it (undefined: not given, or unknown). */
  readonly teryt: string | undefined;
  /** The applicant's place among the members, the claimant of every programme. */
  readonly applicantIndex: number;
  criterion(ruleId: string): ResolvedCriterion;
  income(regime: IncomeRegime, criterionRule: string): HouseholdIncome;
  equivalences(): Readonly<Record<string, string>>;
  versionOf: EvaluationContext["versionOf"];
  bornBy: EvaluationContext["bornBy"];
}

/** What a member's PESEL says, decoded once per member (validation has already checked it). */
export type PeselFacts = WeakMap<Member, ReturnType<typeof decodePesel>>;

/** A member's birth date and sex: as given, or from the PESEL, decoded once in `decoded` (an engine's own). */
export function personalFacts(decoded: PeselFacts): Pick<EvaluationContext, "birthDate" | "sex"> {
  const fromPesel = (member: Member): { birthDate: string; sex: "F" | "M" } | undefined => {
    if (member.pesel === undefined) return undefined;
    let found = decoded.get(member);
    if (found === undefined) {
      found = decodePesel(member.pesel);
      decoded.set(member, found);
    }
    return typeof found === "string" ? undefined : found;
  };
  return {
    birthDate: (member) => member.birthDate ?? fromPesel(member)?.birthDate,
    sex: (member) => member.sex ?? fromPesel(member)?.sex,
  };
}

/** Facts derived once per household and date, shared by every programme. */
export function householdFacts(household: Household, law: LawOnDate, register: MunicipalityRegister): HouseholdFacts {
  const date = law.date;
  const criteria = new Map<string, ResolvedCriterion>();
  // per regime, then per criterion rule: ids are the rule table's own strings, hashed once
  const incomes: Record<IncomeRegime, Map<string, HouseholdIncome>> = { cash: new Map(), "in-kind": new Map() };
  // the regime a cash benefit's income is counted under: in-kind's when they agree for this household
  let cashRegime: IncomeRegime | undefined;
  const criterion = (ruleId: string): ResolvedCriterion => {
    let c = criteria.get(ruleId);
    if (!c) {
      const { ref, single, perPerson } = law.criterionOn(ruleId);
      c = {
        ref,
        single,
        perPerson,
        household: household.householdType === "single" ? single : scaledParameter(perPerson, household.members.length, "1").value,
      };
      criteria.set(ruleId, c);
    }
    return c;
  };
  return {
    household,
    law,
    teryt: household.municipality === undefined ? undefined : register.resolve(household.municipality),
    applicantIndex: applicantIndexOf(household.members),
    criterion,
    income(regime, criterionRule) {
      // art. 8 ust. 11 spreads one-off income against the criterion, so the cache is per criterion too
      const incomeVersion = law.ruleOn(INCOME_RULE).version;
      const counted = regime === "cash" ? (cashRegime ??= incomeRegimeOf(household, incomeVersion.table, "cash")) : regime;
      let i = incomes[counted].get(criterionRule);
      if (!i) {
        const c = criterion(criterionRule);
        const { version } = law.ruleOn(criterionRule);
        i = householdIncome(household, date, counted, {
          income: incomeVersion,
          criterion: c.household,
          perHectare: version.parameters["farmIncomePerHectare"] === undefined ? ZERO : parameterDecimal(version.parameters, "farmIncomePerHectare"),
        });
        incomes[counted].set(criterionRule, i);
      }
      return i;
    },
    equivalences: () => law.ruleOn(EQUIVALENCE_RULE).version.table ?? {},
    versionOf: (ruleId) => law.ruleOn(ruleId),
    bornBy: (years) => law.bornBy(years),
  };
}

/** The evaluation context of one programme's edition for one household. */
export function contextOf(rule: Rule, { version, criterionRule }: Edition, facts: HouseholdFacts, personal: Pick<EvaluationContext, "birthDate" | "sex">): EvaluationContext {
  const claimantIndex = facts.applicantIndex;
  const household = facts.household;
  const law = facts.law;
  return {
    household,
    date: law.date,
    claimant: household.members[claimantIndex] as Member,
    claimantIndex,
    rule,
    version,
    birthDate: personal.birthDate,
    sex: personal.sex,
    criterion: facts.criterion,
    income: (regime) => {
      if (!criterionRule) throw new Error(`${rule.id}: income needs an income condition naming the criterion`);
      return facts.income(regime, criterionRule);
    },
    equivalences: facts.equivalences,
    rules: law.catalogue,
    bornBy: facts.bornBy,
    versionOf: facts.versionOf,
    familyBenefit: undefined,
  };
}
