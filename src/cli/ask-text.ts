import type { Language } from "../language.js";

/** What `kryterium ask` says around the catalogue's questions, in Polish, English and Ukrainian. */
const ASK_TEXT = {
  intro: {
    pl: "Kwestionariusz kryterium. Pusta odpowiedź: nie wiem (pomiń); „<”: wróć do poprzedniego pytania.",
    en: "The kryterium questionnaire. An empty answer: don't know (skip); \"<\": back to the previous question.",
    uk: "Опитувальник kryterium. Порожня відповідь — не знаю (пропустити); «<» — повернутися до попереднього питання.",
  },
  evaluationDate: { pl: "Na jaki dzień ocenić uprawnienia? (Enter: dziś, {today})", en: "On which day should eligibility be assessed? (Enter: today, {today})", uk: "На який день оцінити право? (Enter — сьогодні, {today})" },
  applicantName: { pl: "Jak nazwać wnioskodawcę w pytaniach? (Enter: {default})", en: "What should the questions call the applicant? (Enter: {default})", uk: "Як називати заявника в питаннях? (Enter — {default})" },
  applicantDefault: { pl: "Wnioskodawca", en: "Applicant", uk: "Заявник" },
  who: {
    pl: "Kto jeszcze mieszka z wnioskodawcą i wspólnie gospodaruje? (Enter: nikt więcej)",
    en: "Who else lives and keeps house with the applicant? (Enter: nobody else)",
    uk: "Хто ще проживає із заявником і веде спільне господарство? (Enter — більше ніхто)",
  },
  memberName: { pl: "Jak nazwać tę osobę w pytaniach? (Enter: {default})", en: "What should the questions call this person? (Enter: {default})", uk: "Як називати цю особу в питаннях? (Enter — {default})" },
  memberDefault: { pl: "Osoba {n}", en: "Person {n}", uk: "Особа {n}" },
  addEntry: { pl: "{question} Dodać pozycję nr {n}?", en: "{question} Add entry {n}?", uk: "{question} Додати запис № {n}?" },
  entryField: { pl: "  {n}. {field}", en: "  {n}. {field}", uk: "  {n}. {field}" },
  optional: { pl: "(Enter: brak)", en: "(Enter: none)", uk: "(Enter — немає)" },
  invalid: { pl: "Niepoprawna odpowiedź: oczekiwano — {expected}.", en: "Invalid answer: expected {expected}.", uk: "Неправильна відповідь: очікується {expected}." },
  skip: { pl: "Nie wiem (pomiń)", en: "Don't know (skip)", uk: "Не знаю (пропустити)" },
  back: { pl: "← Wstecz", en: "← Back", uk: "← Назад" },
  noneMore: { pl: "Nikt więcej", en: "Nobody else", uk: "Більше ніхто" },
  yes: { pl: "Tak", en: "Yes", uk: "Так" },
  no: { pl: "Nie", en: "No", uk: "Ні" },
  hintSelect: { pl: "strzałki, Enter", en: "arrows, Enter", uk: "стрілки, Enter" },
  hintMulti: { pl: "strzałki, spacja: zaznacz, Enter: gotowe", en: "arrows, space: select, Enter: done", uk: "стрілки, пробіл — позначити, Enter — готово" },
  hintMultiPiped: { pl: "numery po przecinku, 0: żadna", en: "numbers, comma-separated, 0: none", uk: "номери через кому, 0 — жодна" },
  invalidAnswers: { pl: "Te odpowiedzi nie tworzą poprawnego gospodarstwa:", en: "These answers do not make a valid household:", uk: "Ці відповіді не утворюють правильного домогосподарства:" },
  unanswered: { pl: "Bez odpowiedzi (wynik może od nich zależeć):", en: "Not answered (the result may depend on them):", uk: "Без відповіді (результат може від них залежати):" },
  saved: { pl: "Zapisano (tylko do odczytu przez właściciela): {file}", en: "Saved (readable by its owner only): {file}", uk: "Збережено (доступно лише власникові): {file}" },
  cancelled: { pl: "Przerwano.", en: "Cancelled.", uk: "Перервано." },
  dateRequired: { pl: "ask: potrzebna jest data oceny", en: "ask: the evaluation date is required", uk: "ask: потрібна дата оцінки" },
} as const satisfies Record<string, Record<Language, string>>;

export type AskTextKey = keyof typeof ASK_TEXT;

export function askText(key: AskTextKey, lang: Language, args: Readonly<Record<string, string | number>> = {}): string {
  return ASK_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ""));
}

/** The roles of the other members, as a person names them. */
export const ROLE_LABELS = {
  spouse: { pl: "małżonek / małżonka", en: "spouse", uk: "чоловік / дружина" },
  partner: { pl: "partner / partnerka (bez ślubu)", en: "partner (unmarried)", uk: "партнер / партнерка (без шлюбу)" },
  child: { pl: "dziecko", en: "child", uk: "дитина" },
  parent: { pl: "rodzic", en: "parent", uk: "батько / мати" },
  sibling: { pl: "brat / siostra", en: "brother / sister", uk: "брат / сестра" },
  grandparent: { pl: "dziadek / babcia", en: "grandparent", uk: "дідусь / бабуся" },
  other: { pl: "inna osoba", en: "someone else", uk: "інша особа" },
} as const satisfies Record<string, Record<Language, string>>;
