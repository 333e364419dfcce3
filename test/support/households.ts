/** Small builders for test households. Amounts and dates are strings, as in real input. */
export interface MemberInput {
  id: string;
  role: string;
  birthDate?: string;
  sex?: "F" | "M";
  residence?: string;
  incomes?: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

export function single(date: string, member: Partial<MemberInput> = {}, extra: Record<string, unknown> = {}) {
  return {
    evaluationDate: date,
    householdType: "single",
    situations: ["ubostwo", "niepelnosprawnosc"],
    members: [{ id: "a", role: "applicant", birthDate: "1950-06-15", sex: "F", residence: "citizen", incomes: [], ...member }],
    ...extra,
  };
}

export function income(gross: string, type = "wynagrodzenie") {
  return { type, gross };
}

export function family(date: string, incomes: string[], extra: Record<string, unknown> = {}) {
  return {
    evaluationDate: date,
    householdType: "family",
    situations: ["ubostwo", "bezrobocie"],
    members: incomes.map((gross, i) => ({
      id: `m${i}`,
      role: i === 0 ? "applicant" : "child",
      birthDate: i === 0 ? "1958-01-01" : "2015-01-01",
      sex: "F",
      residence: "citizen",
      incomes: gross === "0" ? [] : [income(gross)],
    })),
    ...extra,
  };
}
