import type { Deciders } from "../conditions/decider.js";
import { decidersOf, everyCondition } from "../conditions/index.js";
import type { ResolvedCriterion } from "../conditions/context.js";
import { DATES_REMEMBERED } from "../dates.js";
import type { VersionRef } from "../explain/trace.js";
import { latestBirthDateAt } from "../household/age.js";
import { ZERO, type Decimal, parameterDecimal } from "../money.js";
import { type Catalogue, findVersion } from "../rules/registry.js";
import type { ConditionSpec, Rule, RuleVersion } from "../rules/schema.js";

/**
 * A programme's version in force on a date, the conditions it applies and what they need — with
 * the rule's own fields copied in, so that the per-household code reads one shape of object
 * rather than the many shapes the rule files give.
 */
export interface Edition {
  readonly id: string;
  readonly title: Rule["title"];
  readonly jurisdiction: string;
  readonly formula: Rule["formula"];
  readonly discretionary: boolean;
  readonly version: RuleVersion;
  /** The version a decision rests on, made once and frozen: every decision on the date shares it. */
  readonly ref: VersionRef;
  readonly legalBasis: Rule["legalBasis"];
  /** An edition may replace the rule's conditions (e.g. Meleks 2022, KDR from 2019). */
  readonly specs: readonly ConditionSpec[];
  /** The income criterion the programme compares against (its first income condition, at any depth). */
  readonly criterionRule: string | undefined;
  /** The conditions' deciders, and which must still be decided after one has failed. */
  readonly conditions: Deciders;
}

/** A programme to answer, and its edition on the date (none when it is not in force then). */
export interface Programme {
  readonly rule: Rule;
  readonly edition: Edition | undefined;
  /**
   * For a programme run in editions (`editions` in its file) with none known on the date, which
   * lies after the last one: that edition's last day. The library does not know whether the
   * programme goes on, so it says so rather than "not in force".
   */
  readonly lastEditionEnded?: string | undefined;
}

/**
 * The law of one engine on one date: the programmes' editions, the programmes in force, and the
 * other rules' versions, income criteria and age cut-offs as they are asked for — each found once
 * per date rather than per household.
 */
export class LawOnDate {
  readonly editions: ReadonlyMap<Rule, Edition | undefined>;
  /** The programmes answered when none is asked for: those in force, and those whose edition on the date is unknown. */
  readonly inForce: readonly Programme[];
  readonly #rules = new Map<string, { readonly rule: Rule; readonly version: RuleVersion }>();
  readonly #criteria = new Map<string, Omit<ResolvedCriterion, "household">>();
  readonly #cutoffs = new Map<number, string>();

  constructor(
    readonly catalogue: Catalogue,
    readonly date: string,
  ) {
    const editions = new Map<Rule, Edition | undefined>();
    const inForce: Programme[] = [];
    for (const rule of catalogue.programmes) {
      const edition = editionOf(rule, findVersion(rule, date));
      editions.set(rule, edition);
      if (edition !== undefined) inForce.push({ rule, edition });
      else {
        const ended = lastEditionEnded(rule, date);
        if (ended !== undefined) inForce.push({ rule, edition, lastEditionEnded: ended });
      }
    }
    this.editions = editions;
    this.inForce = inForce;
  }

  /** The version of rule `id` on the date (valueAt: an error outside the rule's versions). */
  ruleOn(id: string): { readonly rule: Rule; readonly version: RuleVersion } {
    let found = this.#rules.get(id);
    if (found === undefined) {
      found = this.catalogue.valueAt(id, this.date);
      this.#rules.set(id, found);
    }
    return found;
  }

  /** An income criterion on the date: its version and its two amounts. */
  criterionOn(id: string): Omit<ResolvedCriterion, "household"> {
    let found = this.#criteria.get(id);
    if (found === undefined) {
      const { rule, version } = this.ruleOn(id);
      found = {
        ref: Object.freeze({ rule: rule.id, from: version.from, to: version.to, reference: version.reference }),
        single: amountOf(version, "single"),
        perPerson: amountOf(version, "perPerson"),
      };
      this.#criteria.set(id, found);
    }
    return found;
  }

  /** The latest birth date of someone who has reached `years` of age on the date (k.c. art. 112). */
  bornBy(years: number): string {
    let cutoff = this.#cutoffs.get(years);
    if (cutoff === undefined) {
      cutoff = latestBirthDateAt(this.date, years);
      this.#cutoffs.set(years, cutoff);
    }
    return cutoff;
  }
}

/** A criterion's amount, zero when the version does not give it. */
function amountOf(version: RuleVersion, name: string): Decimal {
  return version.parameters[name] === undefined ? ZERO : parameterDecimal(version.parameters, name);
}

/** An engine's laws on the dates asked for: a batch has a few dates, and a bounded number is remembered. */
export class LawOnDates {
  readonly #plans = new Map<string, LawOnDate>();

  constructor(readonly catalogue: Catalogue) {}

  on(date: string): LawOnDate {
    let plan = this.#plans.get(date);
    if (plan === undefined) {
      if (this.#plans.size >= DATES_REMEMBERED) this.#plans.clear();
      plan = new LawOnDate(this.catalogue, date);
      this.#plans.set(date, plan);
    }
    return plan;
  }
}

/** The last day of a programme's last known edition, when the programme runs in editions and `date` is after it. */
export function lastEditionEnded(rule: Rule, date: string): string | undefined {
  if (rule.editions === undefined) return undefined;
  const end = rule.versions[rule.versions.length - 1]?.to;
  return end !== undefined && date > end ? end : undefined;
}

/** A programme's edition for its version on a date (none when no version is in force). */
function editionOf(rule: Rule, version: RuleVersion | undefined): Edition | undefined {
  if (version === undefined) return undefined;
  const specs = version.conditions ?? rule.conditions ?? [];
  return {
    id: rule.id,
    title: rule.title,
    jurisdiction: rule.jurisdiction,
    formula: rule.formula,
    discretionary: rule.discretionary ?? false,
    version,
    ref: Object.freeze({ rule: rule.id, from: version.from, to: version.to, reference: version.reference }),
    legalBasis: rule.legalBasis,
    specs,
    criterionRule: findCriterionRule(specs),
    conditions: decidersOf(specs),
  };
}

/** The criterion of the first income condition, at any depth: the one a programme's formula reads. */
function findCriterionRule(conditions: readonly ConditionSpec[]): string | undefined {
  for (const c of everyCondition(conditions)) if (c.kind === "income") return c.criterion;
  return undefined;
}
