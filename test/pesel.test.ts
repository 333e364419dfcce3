import { describe, expect, it } from "vitest";
import { decodePesel } from "../src/household/pesel.js";

describe("PESEL", () => {
  it("decodes birth date and sex of a 20th-century number", () => {
    expect(decodePesel("44051401465")).toEqual({ birthDate: "1944-05-14", sex: "F" });
  });
  it("decodes a 21st-century number (month + 20)", () => {
    expect(decodePesel("02270803624")).toEqual({ birthDate: "2002-07-08", sex: "F" });
  });
  it("rejects a wrong check digit", () => expect(decodePesel("44051401466")).toBe("checksum"));
  it("rejects anything but 11 digits", () => {
    for (const bad of ["4405140146", "440514014651", "4405140146a", ""]) expect(decodePesel(bad)).toBe("format");
  });
  it("rejects an impossible date with a valid checksum", () => {
    // 1999-02-30 with the check digit computed for it
    const body = "9902300000";
    const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
    expect(decodePesel(body + String((10 - (sum % 10)) % 10))).toBe("date");
  });
});
