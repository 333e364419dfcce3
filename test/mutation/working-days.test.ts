import { describe, expect, it } from "vitest";
import { easterSunday, isoWeekday, nextWorkingDay } from "../../src/conditions/working-days.js";
import { defaultEngine } from "../../src/evaluate.js";
import { Catalogue } from "../../src/rules/registry.js";

const RULES = new Catalogue(defaultEngine.rules());

/**
 * The days on which a KPA term cannot end (art. 57 § 5): Saturdays, Sundays and the statutory
 * holidays of rules/pl/dni-wolne-od-pracy.yaml — some of them counted from Easter Sunday.
 */

/** Easter Sunday 1900–2100 as MMDD, one per year (Gregorian computus, checked against an independent implementation). */
const EASTER_1900_2100 = "0415 0407 0330 0412 0403 0423 0415 0331 0419 0411 0327 0416 0407 0323 0412 0404 0423 0408 0331 0420 0404 0327 0416 0401 0420 0412 0404 0417 0408 0331 0420 0405 0327 0416 0401 0421 0412 0328 0417 0409 0324 0413 0405 0425 0409 0401 0421 0406 0328 0417 0409 0325 0413 0405 0418 0410 0401 0421 0406 0329 0417 0402 0422 0414 0329 0418 0410 0326 0414 0406 0329 0411 0402 0422 0414 0330 0418 0410 0326 0415 0406 0419 0411 0403 0422 0407 0330 0419 0403 0326 0415 0331 0419 0411 0403 0416 0407 0330 0412 0404 0423 0415 0331 0420 0411 0327 0416 0408 0323 0412 0404 0424 0408 0331 0420 0405 0327 0416 0401 0421 0412 0404 0417 0409 0331 0420 0405 0328 0416 0401 0421 0413 0328 0417 0409 0325 0413 0405 0425 0410 0401 0421 0406 0329 0417 0409 0325 0414 0405 0418 0410 0402 0421 0406 0329 0418 0402 0422 0414 0330 0418 0410 0326 0415 0406 0329 0411 0403 0422 0414 0330 0419 0410 0326 0415 0407 0419 0411 0403 0423 0407 0330 0419 0404 0326 0415 0331 0420 0411 0403 0416 0408 0330 0412 0404 0424 0415 0331 0420 0412 0328".split(" ");

describe("Easter Sunday", () => {
  it("for every year from 1900 to 2100", () => {
    expect(EASTER_1900_2100).toHaveLength(201);
    const computed = EASTER_1900_2100.map((_, i) => easterSunday(1900 + i));
    expect(computed).toEqual(EASTER_1900_2100.map((mmdd, i) => `${1900 + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`));
  });
  it("in other centuries, including the earliest and latest possible dates", () => {
    const far = "1583-04-10 1600-04-02 1700-04-11 1799-03-24 1800-04-13 1818-03-22 2200-04-06 2285-03-22 2299-04-16 2400-04-16 2500-04-18 3000-04-13".split(" ");
    expect(far.map((d) => easterSunday(Number(d.slice(0, 4))))).toEqual(far);
  });
  it("is always a Sunday", () => {
    for (let year = 1900; year <= 2100; year++) expect(isoWeekday(easterSunday(year))).toBe(7);
  });
});

describe("the next day a term can end on", () => {
  const RULE = "pl/dni-wolne-od-pracy";
  it("Easter Monday 2025 (21 April) moves a term to Tuesday", () => {
    expect(nextWorkingDay("2025-04-21", RULE, RULES)).toEqual({ date: "2025-04-22", skipped: ["2025-04-21: drugi dzień Wielkiej Nocy"] });
  });
  it("Corpus Christi 2025 (19 June, Easter + 60) is a holiday; the day before is not", () => {
    expect(nextWorkingDay("2025-06-19", RULE, RULES).date).toBe("2025-06-20");
    expect(nextWorkingDay("2025-06-18", RULE, RULES)).toEqual({ date: "2025-06-18", skipped: [] });
  });
  it("a Saturday before a holiday Monday: three days are skipped", () => {
    // Saturday 19 April 2025, Easter Sunday, Easter Monday
    expect(nextWorkingDay("2025-04-19", RULE, RULES).date).toBe("2025-04-22");
    expect(nextWorkingDay("2025-04-19", RULE, RULES).skipped).toHaveLength(3);
  });
  it("weekdays are counted the same in every time zone, and an impossible date is refused", () => {
    expect(["2025-03-17", "2025-03-22", "2025-03-23"].map(isoWeekday)).toEqual([1, 6, 7]);
    expect(() => isoWeekday("2025-02-30")).toThrow("Not a civil date: 2025-02-30");
  });
});
