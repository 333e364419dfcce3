import { describe, expect, it } from "vitest";
import { ageByBirthYear, ageOn, dateOfReachingAge } from "../src/household/age.js";

describe("age per Kodeks cywilny art. 112", () => {
  it("is reached at the start of the birthday, not the day after", () => {
    expect(ageOn("1965-03-10", "2025-03-09")).toBe(59);
    expect(ageOn("1965-03-10", "2025-03-10")).toBe(60);
  });
  it("a 29 February birth reaches the age on 28 February of a common year", () => {
    expect(dateOfReachingAge("1952-02-29", 70)).toBe("2022-02-28");
    expect(ageOn("1952-02-29", "2022-02-27")).toBe(69);
    expect(ageOn("1952-02-29", "2022-02-28")).toBe(70);
    expect(ageOn("1952-02-29", "2022-03-01")).toBe(70);
  });
  it("a 29 February birth reaches the age on 29 February of a leap year", () => {
    expect(dateOfReachingAge("1964-02-29", 60)).toBe("2024-02-29");
    expect(ageOn("1964-02-29", "2024-02-28")).toBe(59);
  });
  it("is zero on the day of birth", () => expect(ageOn("2025-05-05", "2025-05-05")).toBe(0));
  it("counts by birth year only when asked (rocznikowo)", () => {
    expect(ageByBirthYear("1952-12-31", "2022-01-01")).toBe(70);
    expect(ageOn("1952-12-31", "2022-01-01")).toBe(69);
  });
});
