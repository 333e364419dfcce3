import { describe, expect, it } from "vitest";
import { evaluate, HouseholdValidationError, isHouseholdValidationError, isKryteriumError, validateHousehold } from "../../src/index.js";
import type { InputIssue } from "../../src/errors.js";

/**
 * What a caller is told about an invalid household: the path, the code and the sentence in
 * both languages, for each kind of problem. Complements test/validation.test.ts, which checks
 * that the right field is named.
 */
type Input = Record<string, unknown> & { members: Array<Record<string, unknown>> };

function household(change: (h: Input) => void = () => {}): Input {
  const h: Input = {
    evaluationDate: "2025-03-01",
    householdType: "single",
    situations: ["ubostwo"],
    members: [{ id: "a", role: "applicant", birthDate: "1950-01-01", sex: "F", residence: "citizen", incomes: [] }],
  };
  change(h);
  return h;
}

function issues(input: unknown): InputIssue[] {
  const r = validateHousehold(input);
  if (r.ok) throw new Error("expected the household to be rejected");
  return r.issues;
}

/** A PESEL with a correct check digit for the first ten digits given. */
function withCheckDigit(ten: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...ten].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  return `${ten}${(10 - (sum % 10)) % 10}`;
}

const MISSING_FIELD = { pl: "brak wymaganego pola (oczekiwano: tekst)", en: "required field is missing (expected a string)" };
const ONE_APPLICANT = { pl: "dokładnie jeden członek musi mieć rolę applicant", en: "exactly one member must have the role applicant" };
const SINGLE_ONE_MEMBER = {
  pl: "gospodarstwo single (osoba samotnie gospodarująca) ma dokładnie jednego członka",
  en: "a single household (osoba samotnie gospodarująca) has exactly one member",
};
const UNKNOWN_MEMBER = { pl: "nie ma innego członka gospodarstwa o takim identyfikatorze", en: "no other household member has this id" };
const UNKNOWN_MUNICIPALITY = { pl: 'nieznana nazwa gminy; podaj kod TERYT albo "other"', en: 'unknown municipality name; give a TERYT code or "other"' };
const BORN_AFTER = { pl: "data urodzenia jest późniejsza niż data oceny", en: "the birth date is after the evaluation date" };

describe("messages for each kind of input problem", () => {
  it("a required field that is missing", () => {
    expect(issues(household((h) => delete h["evaluationDate"]))).toEqual([{ path: "evaluationDate", code: "invalid_type", message: MISSING_FIELD }]);
  });

  it("names the expected form in the message: a list", () => {
    expect(issues(household((h) => delete (h as Record<string, unknown>)["members"]))).toEqual([
      { path: "members", code: "invalid_type", message: { pl: "brak wymaganego pola (oczekiwano: lista)", en: "required field is missing (expected a list)" } },
    ]);
  });

  it("unknown fields are listed by name", () => {
    expect(issues(household((h) => Object.assign(h, { foo: 1, bar: 2 })))).toEqual([
      { path: "(household)", code: "unrecognized_keys", message: { pl: "nieznane pole: foo, bar", en: "unknown field: foo, bar" } },
    ]);
  });

  it("a value outside a closed list names the allowed values", () => {
    expect(issues(household((h) => (h["householdType"] = "couple")))).toEqual([
      {
        path: "householdType",
        code: "invalid_value",
        message: { pl: 'niedozwolona wartość; dozwolone: "single", "family"', en: 'value not allowed; allowed: "single", "family"' },
      },
    ]);
  });

  it("a disability finding of no known kind", () => {
    expect(issues(household((h) => (h.members[0]!["disability"] = [{ kind: "x" }])))).toEqual([
      {
        path: "members[0].disability[0].kind",
        code: "invalid_union",
        message: { pl: "wartość nie pasuje do żadnej dozwolonej postaci (sprawdź pole kind)", en: "value matches none of the allowed forms (check the kind field)" },
      },
    ]);
  });

  it("an empty member list: too few, and no applicant", () => {
    const found = issues(household((h) => (h.members = [])));
    expect(found[0]).toEqual({ path: "members", code: "too_small", message: { pl: "za mało elementów (co najmniej 1)", en: "too few items (at least 1)" } });
    expect(found).toContainEqual({ path: "members", code: "one-applicant", message: ONE_APPLICANT });
  });

  it("a name of 257 characters is too long; 256 is accepted", () => {
    expect(issues(household((h) => (h.members[0]!["name"] = "x".repeat(257))))).toEqual([
      { path: "members[0].name", code: "too_big", message: { pl: "za dużo (najwyżej 256)", en: "too many (at most 256)" } },
    ]);
    expect(validateHousehold(household((h) => (h.members[0]!["name"] = "x".repeat(256)))).ok).toBe(true);
  });

  it.each([
    ["evaluationDate", (h: Input): void => {
        h["evaluationDate"] = "2025-02-29";
      }, { pl: "oczekiwano: data w formacie RRRR-MM-DD, istniejąca w kalendarzu", en: "expected a calendar date written YYYY-MM-DD" }],
    [
      "members[0].incomes[0].gross",
      (h: Input): void => {
        h.members[0]!["incomes"] = [{ type: "wynagrodzenie", gross: "1.234" }];
      },
      { pl: 'oczekiwano: kwota jako tekst, nieujemna, najwyżej 2 miejsca po przecinku, np. "1161.60"', en: 'expected an amount as a string, non-negative, at most 2 decimals, e.g. "1161.60"' },
    ],
    ["members[0].farm.hectares", (h: Input): void => {
        h.members[0]!["farm"] = { hectares: "1.1234567" };
      }, { pl: 'oczekiwano: liczba dziesiętna jako tekst, np. "2.5600"', en: 'expected a decimal number as a string, e.g. "2.5600"' }],
    ["municipality.teryt", (h: Input): void => {
        h["municipality"] = { teryt: "123" };
      }, { pl: "oczekiwano: 7-cyfrowy kod TERYT gminy", en: "expected a 7-digit TERYT municipality code" }],
    ["members[0].id", (h: Input): void => {
        h.members[0]!["id"] = "a\n";
      }, { pl: "oczekiwano: tekst bez znaków sterujących", en: "expected text without control characters" }],
  ] as Array<[string, (h: Input) => void, { pl: string; en: string }]>)("%s in the wrong form names the form expected", (path, change, message) => {
    expect(issues(household(change))).toEqual([{ path, code: "invalid_format", message }]);
  });

  it("a TERYT code is exactly seven digits", () => {
    for (const teryt of ["12345678", "x1234567", "1234567x", "123456"]) expect(issues(household((h) => (h["municipality"] = { teryt })))[0]?.path, teryt).toBe("municipality.teryt");
  });

  it("a birth date that does not exist is reported once, as a date, not also as later than the evaluation", () => {
    expect(issues(household((h) => (h.members[0]!["birthDate"] = "2025-02-30")))).toEqual([
      { path: "members[0].birthDate", code: "invalid_format", message: { pl: "oczekiwano: data w formacie RRRR-MM-DD, istniejąca w kalendarzu", en: "expected a calendar date written YYYY-MM-DD" } },
    ]);
  });

  it("hectares with six decimals are accepted (the form of the GUS tables)", () => {
    expect(validateHousehold(household((h) => (h.members[0]!["farm"] = { hectares: "1.123456" }))).ok).toBe(true);
  });

  it("control characters: C0, DEL and C1 are refused in ids; other text is accepted", () => {
    for (const bad of ["a\u0000", "a\u001f", "a\u007f", "a\u009f"]) expect(issues(household((h) => (h.members[0]!["id"] = bad)))[0]?.path).toBe("members[0].id");
    for (const good of ["a ", "Zażółć", "a\u00a0b", "~"]) expect(validateHousehold(household((h) => (h.members[0]!["id"] = good))).ok).toBe(true);
  });

  it("deductions one grosz above the gross amount are refused; equal to it they are accepted", () => {
    const over = household((h) => (h.members[0]!["incomes"] = [{ type: "wynagrodzenie", gross: "100.00", incomeTax: "60.00", healthContribution: "30.00", socialContribution: "10.01" }]));
    expect(issues(over)).toEqual([
      { path: "members[0].incomes[0].gross", code: "deductions-exceed-gross", message: { pl: "podatek i składki przekraczają kwotę brutto", en: "tax and contributions exceed the gross amount" } },
    ]);
    const equal = household((h) => (h.members[0]!["incomes"] = [{ type: "wynagrodzenie", gross: "100.00", incomeTax: "60.00", healthContribution: "30.00", socialContribution: "10.00" }]));
    expect(validateHousehold(equal).ok).toBe(true);
  });

  it("exactly one applicant: none, or two, are refused", () => {
    expect(issues(household((h) => (h.members[0]!["role"] = "spouse")))).toEqual([{ path: "members", code: "one-applicant", message: ONE_APPLICANT }]);
    const two = household((h) => {
      h["householdType"] = "family";
      h.members.push({ id: "b", role: "applicant" });
    });
    expect(issues(two)).toEqual([{ path: "members", code: "one-applicant", message: ONE_APPLICANT }]);
  });

  it("a single household has one member", () => {
    expect(issues(household((h) => h.members.push({ id: "b", role: "child" })))).toEqual([{ path: "householdType", code: "single-has-one-member", message: SINGLE_ONE_MEMBER }]);
  });

  it("duplicate member ids name the second one", () => {
    const dup = household((h) => {
      h["householdType"] = "family";
      h.members.push({ id: "b", role: "child" }, { id: "a", role: "child" });
    });
    expect(issues(dup)).toEqual([{ path: "members[2].id", code: "duplicate-id", message: { pl: "identyfikator członka powtarza się", en: "duplicate member id" } }]);
  });

  it("caresFor must name another member of the household", () => {
    const h = household((h) => {
      h["householdType"] = "family";
      h.members.push({ id: "b", role: "child" });
      h.members[0]!["caresFor"] = ["a", "zz", "b"];
    });
    expect(issues(h)).toEqual([
      { path: "members[0].caresFor[0]", code: "unknown-member-id", message: UNKNOWN_MEMBER },
      { path: "members[0].caresFor[1]", code: "unknown-member-id", message: UNKNOWN_MEMBER },
    ]);
  });

  it("the base year may only name members of the household", () => {
    const h = household((h) => {
      h["baseYear"] = { year: 2024, incomes: { a: "0", zz: "1.00" }, lostIncome: [{ member: "a", amount: "1.00" }, { member: "q", amount: "1.00" }], gainedIncome: [{ member: "r", monthly: "1.00" }] };
    });
    expect(issues(h)).toEqual([
      { path: "baseYear.incomes.zz", code: "unknown-member-id", message: UNKNOWN_MEMBER },
      { path: "baseYear.lostIncome[1].member", code: "unknown-member-id", message: UNKNOWN_MEMBER },
      { path: "baseYear.gainedIncome[0].member", code: "unknown-member-id", message: UNKNOWN_MEMBER },
    ]);
  });

  it("PESEL: format, check digit and an impossible date are told apart", () => {
    expect(issues(household((h) => (h.members[0]!["pesel"] = "123")))).toEqual([{ path: "members[0].pesel", code: "pesel-format", message: { pl: "PESEL to 11 cyfr", en: "a PESEL is 11 digits" } }]);
    expect(issues(household((h) => (h.members[0]!["pesel"] = "44051401358")))).toEqual([
      { path: "members[0].pesel", code: "pesel-checksum", message: { pl: "nieprawidłowa cyfra kontrolna numeru PESEL", en: "the PESEL check digit is wrong" } },
    ]);
    // 31 April 1944 does not exist
    expect(issues(household((h) => (h.members[0]!["pesel"] = withCheckDigit("4404310135"))))).toEqual([
      { path: "members[0].pesel", code: "pesel-date", message: { pl: "PESEL koduje nieistniejącą datę urodzenia", en: "the PESEL encodes an impossible birth date" } },
    ]);
  });

  it("a PESEL that contradicts the birth date and the sex given", () => {
    // 44051401359: born 1944-05-14, a man (the tenth digit is odd)
    expect(issues(household((h) => (h.members[0]!["pesel"] = "44051401359")))).toEqual([
      { path: "members[0].birthDate", code: "pesel-birth-date-mismatch", message: { pl: "data urodzenia nie zgadza się z numerem PESEL", en: "the birth date does not match the PESEL" } },
      { path: "members[0].sex", code: "pesel-sex-mismatch", message: { pl: "płeć nie zgadza się z numerem PESEL", en: "the sex does not match the PESEL" } },
    ]);
    const agreeing = household((h) => Object.assign(h.members[0]!, { pesel: "44051401359", birthDate: "1944-05-14", sex: "M" }));
    expect(validateHousehold(agreeing).ok).toBe(true);
  });

  it("born after the evaluation date: from the birth date, or from the PESEL; born on it is fine", () => {
    expect(issues(household((h) => (h.members[0]!["birthDate"] = "2025-03-02")))).toEqual([{ path: "members[0].birthDate", code: "born-after-evaluation", message: BORN_AFTER }]);
    expect(validateHousehold(household((h) => (h.members[0]!["birthDate"] = "2025-03-01"))).ok).toBe(true);
    const byPesel = household((h) => {
      h["evaluationDate"] = "1944-05-13";
      h.members[0] = { id: "a", role: "applicant", pesel: "44051401359" };
    });
    expect(issues(byPesel)).toEqual([{ path: "members[0].pesel", code: "born-after-evaluation", message: BORN_AFTER }]);
    expect(validateHousehold({ ...byPesel, evaluationDate: "1944-05-14" }).ok).toBe(true);
  });

  it("municipality: unknown name, neither name nor code, name and code that disagree", () => {
    expect(issues(household((h) => (h["municipality"] = { name: "Atlantyda" })))).toEqual([{ path: "municipality.name", code: "unknown-municipality", message: UNKNOWN_MUNICIPALITY }]);
    expect(issues(household((h) => (h["municipality"] = {})))).toEqual([{ path: "municipality", code: "unknown-municipality", message: UNKNOWN_MUNICIPALITY }]);
    expect(issues(household((h) => (h["municipality"] = { name: "Kraków", teryt: "0000000" })))).toEqual([
      { path: "municipality.name", code: "municipality-mismatch", message: { pl: "nazwa gminy nie zgadza się z kodem TERYT", en: "the municipality name does not match the TERYT code" } },
    ]);
  });

  it("municipality: a known name (any case, surrounding spaces), a code alone, a matching pair, or other", () => {
    for (const municipality of [{ name: "Kraków" }, { name: "  KRAKÓW " }, { teryt: "0000000" }, "other"]) {
      expect(validateHousehold(household((h) => (h["municipality"] = municipality))).ok, JSON.stringify(municipality)).toBe(true);
    }
  });
});

describe("the error thrown by evaluate", () => {
  it("carries every issue and says them in English in its message", () => {
    try {
      evaluate(household((h) => Object.assign(h, { householdType: "couple", foo: 1 })));
      expect.unreachable();
    } catch (e) {
      expect(isHouseholdValidationError(e) && isKryteriumError(e)).toBe(true);
      const err = e as HouseholdValidationError;
      expect(err).toBeInstanceOf(HouseholdValidationError);
      expect(err.name).toBe("HouseholdValidationError");
      expect(err.code).toBe("invalid-household");
      expect(err.issues.map((i) => i.path)).toEqual(["householdType", "(household)"]);
      expect(err.message).toBe('Invalid household: householdType: value not allowed; allowed: "single", "family"; (household): unknown field: foo');
    }
  });
});

describe("wrong type versus missing", () => {
  // zod 4 leaves `issue.input` out unless asked for (`reportInput`); validate.ts asks, so a
  // field of the wrong type is not reported as missing.
  it("a field of the wrong type is not reported as missing", () => {
    expect(issues(household((h) => (h.members[0]!["id"] = 5)))).toEqual([
      { path: "members[0].id", code: "invalid_type", message: { pl: "zły typ (oczekiwano: tekst)", en: "wrong type (expected a string)" } },
    ]);
  });
});
