import { describe, expect, it } from "vitest";
import { getDaysInMonth } from "date-fns";
import { daysInMonth, isCivilDate, monthsBetween, parseCivilDate, previousMonth, shiftDays } from "../src/dates.js";

describe("civil dates", () => {
  it.each(["2023-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "0000-01-01", "2023-1-01", "2023-01-01T00:00", " 2023-01-01", "20230101"])(
    "rejects %s",
    (text) => expect(isCivilDate(text)).toBe(false),
  );
  it.each(["2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1900-02-28"])("accepts %s", (text) => {
    expect(isCivilDate(text)).toBe(true);
  });
  it("knows 1900 and 2100 are not leap years", () => {
    expect(isCivilDate("1900-02-29")).toBe(false);
    expect(isCivilDate("2100-02-29")).toBe(false);
  });
  it("parses into parts", () => expect(parseCivilDate("0042-07-09")).toEqual({ year: 42, month: 7, day: 9 }));
  it("shifts across month, year and leap day", () => {
    expect(shiftDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(shiftDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(shiftDays("0001-01-02", -1)).toBe("0001-01-01");
  });
  it("finds the month before", () => {
    expect(previousMonth("2025-01-15")).toBe("2024-12");
    expect(previousMonth("2025-03-01")).toBe("2025-02");
  });
  it("counts months between months", () => {
    expect(monthsBetween("2024-11", "2025-02")).toBe(3);
    expect(monthsBetween("2025-02", "2024-11")).toBe(-3);
  });
});

describe("month lengths", () => {
  it("agree with date-fns for every month of years 1–9999", () => {
    for (let year = 1; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        const d = new Date(2000, 0, 1);
        d.setFullYear(year, month - 1, 1);
        if (daysInMonth(year, month) !== getDaysInMonth(d)) throw new Error(`${year}-${month}`);
      }
    }
  });
});
