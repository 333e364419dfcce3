import { describe, expect, it } from "vitest";
import { addDays, getDaysInMonth } from "date-fns";
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

describe("calendar arithmetic is independent of the zone's history", () => {
  // date-fns works on local Date objects; in UTC every calendar day exists, so it is the reference.
  const original = process.env["TZ"];
  const inUtc = <T>(f: () => T): T => {
    process.env["TZ"] = "UTC";
    try {
      return f();
    } finally {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    }
  };
  it("month lengths agree with date-fns for every month of years 1–9999", () => {
    inUtc(() => {
      for (let year = 1; year <= 9999; year++) {
        for (let month = 1; month <= 12; month++) {
          const d = new Date(2000, 0, 1);
          d.setFullYear(year, month - 1, 1);
          if (daysInMonth(year, month) !== getDaysInMonth(d)) throw new Error(`${year}-${month}`);
        }
      }
    });
  });
  it("shifting by days agrees with date-fns addDays across 1900–2100", () => {
    let civil = "1900-01-01";
    inUtc(() => {
      const start = new Date(2000, 0, 1);
      start.setFullYear(1900, 0, 1);
      for (let i = 1; i <= 73_049; i++) {
        const d = addDays(start, i);
        civil = shiftDays(civil, 1);
        const expected = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        if (civil !== expected) throw new Error(`${civil} ≠ ${expected}`);
      }
    });
    expect(civil).toBe("2100-01-01");
    expect(shiftDays("2100-01-01", -73_049)).toBe("1900-01-01");
  });
  it.each([
    ["Pacific/Kiritimati", "1994-12-30", "1994-12-31"],
    ["Pacific/Apia", "2011-12-29", "2011-12-30"],
  ])("in %s, the day after %s is %s (a day that zone skipped)", (zone, day, next) => {
    process.env["TZ"] = zone;
    try {
      expect(shiftDays(day, 1)).toBe(next);
      expect(shiftDays(next, -1)).toBe(day);
      expect(isCivilDate(next)).toBe(true);
    } finally {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    }
  });
});
