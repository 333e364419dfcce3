// Follow-up questions on the screener page: the facts a decision is missing, asked from the
// library's question catalogue (kryterium/questions), each answered in place. Every answer is
// read with the catalogue's own parser, so "412,30" and "412.30", "15.03.2025" and "2025-03-15"
// are taken as the `ask` command takes them.
import { parseAnswer } from "kryterium/questions";

const TEXT = {
  pl: { save: "Zapisz odpowiedź", skip: "Nie wiem", add: "+ Dodaj pozycję", none: "Nie ma takich pozycji", remove: "usuń pozycję", entry: (n) => `Pozycja ${n}`, yes: "Tak", no: "Nie", pick: "— wybierz —", invalid: (e) => `Niepoprawna odpowiedź: oczekiwano — ${e}.`, optional: "(można pominąć)" },
  en: { save: "Save the answer", skip: "Don't know", add: "+ Add an entry", none: "There are none", remove: "remove the entry", entry: (n) => `Entry ${n}`, yes: "Yes", no: "No", pick: "— choose —", invalid: (e) => `Invalid answer: expected ${e}.`, optional: "(may be left empty)" },
  uk: { save: "Зберегти відповідь", skip: "Не знаю", add: "+ Додати запис", none: "Таких записів немає", remove: "видалити запис", entry: (n) => `Запис ${n}`, yes: "Так", no: "Ні", pick: "— оберіть —", invalid: (e) => `Неправильна відповідь: очікується ${e}.`, optional: "(можна залишити порожнім)" },
};

let serial = 0;
const idFor = (prefix) => `${prefix}-${++serial}`;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

/** A labelled control for one answer of a kind (not a list); `read()` gives its answer as text for parseAnswer. */
function control(kind, labelText, lang, hint) {
  const t = TEXT[lang];
  const id = idFor("q");
  const label = (forId) => el("label", { htmlFor: forId, className: "field-label" }, labelText, hint ? ` ${hint}` : "");
  if (kind.type === "yes-no" || (kind.type === "choice" && !kind.multiple && kind.options.length <= 4)) {
    const options = kind.type === "yes-no" ? [["yes", t.yes], ["no", t.no]] : kind.options.map((o) => [o.code, o.label[lang]]);
    const name = idFor("r");
    const group = el("fieldset", { className: "choices" }, el("legend", {}, labelText, hint ? ` ${hint}` : ""), ...options.map(([code, text]) => el("label", { className: "check" }, el("input", { type: "radio", name, value: code }), ` ${text}`)));
    return { node: group, read: () => group.querySelector("input:checked")?.value ?? "" };
  }
  if (kind.type === "choice" && kind.multiple) {
    const group = el("fieldset", { className: "choices" }, el("legend", {}, labelText), ...kind.options.map((o) => el("label", { className: "check" }, el("input", { type: "checkbox", value: o.code }), ` ${o.label[lang]}`)));
    return { node: group, read: () => [...group.querySelectorAll("input:checked")].map((i) => i.value).join(",") || "0" };
  }
  if (kind.type === "choice") {
    const select = el("select", { id }, new Option(t.pick, ""), ...kind.options.map((o) => new Option(o.label[lang], o.code)));
    return { node: el("div", { className: "field" }, label(id), select), read: () => select.value };
  }
  if (kind.type === "date") {
    const input = el("input", { id, type: "date" });
    const alternatives = (kind.alternatives ?? []).map((o) => el("label", { className: "check" }, el("input", { type: "checkbox", value: o.code }), ` ${o.label[lang]}`));
    const read = () => alternatives.map((a) => a.querySelector("input")).find((i) => i.checked)?.value ?? input.value;
    return { node: el("div", { className: "field" }, label(id), input, ...alternatives), read };
  }
  const input = el("input", { id, type: "text", autocomplete: "off" });
  if (kind.type === "money" || kind.type === "decimal") input.inputMode = "decimal";
  if (kind.type === "count") {
    input.inputMode = "numeric";
    if (kind.suggested !== undefined) input.value = String(kind.suggested);
  }
  return { node: el("div", { className: "field" }, label(id), input), read: () => input.value };
}

/** Reads one control's answer by its kind: the value, or what was expected. */
function readAnswer(kind, text, lang) {
  const parsed = parseAnswer(kind, text);
  return parsed.ok ? parsed : { ok: false, error: TEXT[lang].invalid(parsed.expected[lang]) };
}

/** A list question (a member's incomes): entries added one by one, each field by its own kind; none is an answer too. */
function listControl(kind, lang) {
  const t = TEXT[lang];
  const entries = el("div", { className: "entries" });
  const rows = [];
  const add = el("button", { type: "button", className: "add-entry", textContent: t.add });
  add.addEventListener("click", () => {
    const fields = kind.item.map((f) => ({ field: f, ...control(f.kind, f.label[lang], lang, f.optional ? t.optional : undefined) }));
    const remove = el("button", { type: "button", className: "remove-entry", textContent: t.remove });
    const row = el("fieldset", { className: "entry" }, el("legend", {}, t.entry(rows.length + 1)), ...fields.map((f) => f.node), remove);
    const entry = { row, fields };
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(entry), 1);
      row.remove();
    });
    rows.push(entry);
    entries.append(row);
    row.querySelector("input, select")?.focus();
  });
  const read = () => {
    const value = [];
    for (const { fields } of rows) {
      const entry = {};
      for (const { field, read: text } of fields) {
        const s = text().trim();
        if (s === "" && field.optional) continue;
        const parsed = readAnswer(field.kind, s, lang);
        if (!parsed.ok) return { ok: false, error: `${field.label[lang]}: ${parsed.error}` };
        entry[field.key] = parsed.value;
      }
      value.push(entry);
    }
    return { ok: true, value };
  };
  return { node: el("div", { className: "list" }, entries, add), read, none: t.none };
}

/**
 * One question as a small form of its own: the question, its help, the control, "save" and
 * "don't know". `onAnswer(path, value)` gets the parsed value, or null for "don't know".
 */
export function questionForm(question, lang, onAnswer) {
  const t = TEXT[lang];
  const heading = idFor("h");
  const error = el("p", { className: "answer-error", hidden: true });
  error.setAttribute("role", "alert");
  const form = el("form", { className: "question", noValidate: true });
  form.dataset.path = question.path;
  form.setAttribute("aria-labelledby", heading);
  const list = question.kind.type === "list" ? listControl(question.kind, lang) : undefined;
  const single = list ? undefined : control(question.kind, question.text[lang], lang);
  const buttons = el("p", { className: "answer-actions" }, el("button", { type: "submit", className: "primary save", textContent: t.save }));
  const none = list && el("button", { type: "button", className: "none", textContent: list.none });
  const skip = el("button", { type: "button", className: "skip", textContent: t.skip });
  buttons.append(...[none, skip].filter(Boolean));
  // the heading says the question; the control's own label repeats it for assistive technology only
  single?.node.querySelector("label.field-label, legend")?.classList.add("sr-only");
  form.append(el("h3", { id: heading }, question.text[lang]), question.help[lang] ? el("p", { className: "help" }, question.help[lang]) : undefined, (list ?? single).node, error, buttons);
  const fail = (message) => {
    error.textContent = message;
    error.hidden = false;
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const answer = list ? list.read() : readAnswer(question.kind, single.read(), lang);
    if (!answer.ok) return fail(answer.error);
    onAnswer(question.path, answer.value);
  });
  none?.addEventListener("click", () => onAnswer(question.path, []));
  skip.addEventListener("click", () => onAnswer(question.path, null));
  return form;
}
