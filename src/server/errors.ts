import { isHouseholdValidationError, isKryteriumError, isRuleDateError, type InputIssue } from "../errors.js";

/** An error as the API answers it (see ApiErrorSchema): status, code, message in Polish and English, issues for bad input. */
export interface ApiError {
  readonly status: number;
  readonly code: string;
  readonly message: { readonly pl: string; readonly en: string };
  readonly issues?: readonly InputIssue[];
}

/** The server's own errors, by code: status and message. The library's errors keep the library's codes. */
const SERVER_ERRORS = {
  "invalid-json": [400, "Treść żądania nie jest poprawnym dokumentem JSON.", "The request body is not valid JSON."],
  "empty-body": [400, "Żądanie nie ma treści; oczekiwano dokumentu JSON.", "The request has no body; a JSON document was expected."],
  "invalid-body": [400, "Oczekiwano obiektu gospodarstwa domowego albo listy takich obiektów.", "Expected a household object or a list of them."],
  "too-many-households": [400, "Za dużo gospodarstw w jednym żądaniu.", "Too many households in one request."],
  "invalid-query": [400, "Niepoprawny parametr zapytania.", "Invalid query parameter."],
  "not-found": [404, "Nie ma takiego zasobu.", "No such resource."],
  "request-timeout": [408, "Żądanie nie dotarło w całości w wyznaczonym czasie.", "The request did not arrive in full in time."],
  "payload-too-large": [413, "Treść żądania jest za duża.", "The request body is too large."],
  "unsupported-media-type": [415, "Oczekiwano treści typu application/json.", "Expected a body of type application/json."],
  busy: [503, "Serwer jest zajęty; spróbuj ponownie za chwilę.", "The server is busy; try again shortly."],
  internal: [500, "Błąd wewnętrzny serwera.", "Internal server error."],
} as const satisfies Record<string, readonly [number, string, string]>;

export type ServerErrorCode = keyof typeof SERVER_ERRORS;

export function serverError(code: ServerErrorCode, detail?: { pl: string; en: string }): ApiError {
  const [status, pl, en] = SERVER_ERRORS[code];
  return { status, code, message: detail === undefined ? { pl, en } : { pl: `${pl} ${detail.pl}`, en: `${en} ${detail.en}` } };
}

/**
 * What the library threw, as the API answers it: bad input is 400 naming each field, an unknown
 * rule 404; anything else is 500 with no detail (no stack, no message that could carry input).
 */
export function libraryError(e: unknown): ApiError {
  if (isHouseholdValidationError(e)) {
    return { status: 400, code: e.code, message: { pl: "Niepoprawne dane gospodarstwa domowego.", en: "Invalid household data." }, issues: e.issues };
  }
  if (isRuleDateError(e)) {
    const coverage = `${e.coverage.from} – ${e.coverage.to ?? "…"}`;
    return {
      status: 400,
      code: e.code,
      message: {
        pl: `Przepis ${e.ruleId} nie ma wersji obowiązującej w dniu ${e.date} (wersje obejmują ${coverage}).`,
        en: `Rule ${e.ruleId} has no version in force on ${e.date} (its versions cover ${coverage}).`,
      },
    };
  }
  if (isKryteriumError(e) && e.code === "invalid-option") {
    return { status: 400, code: e.code, message: { pl: `Niepoprawna opcja: ${e.message}`, en: `Invalid option: ${e.message}` } };
  }
  if (isKryteriumError(e) && e.code === "unknown-rule") {
    return { status: 404, code: e.code, message: { pl: "Nie ma przepisu o takim identyfikatorze.", en: "No rule has this id." } };
  }
  return serverError("internal");
}

/** The JSON body of an error response. */
export function errorBody(error: ApiError): { error: ApiError } {
  return { error };
}
