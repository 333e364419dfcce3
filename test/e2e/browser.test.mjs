// End-to-end: the screener page (examples/web) and the HTML audit report in headless Chromium.
// Needs Debian's chromium (/usr/bin/chromium; .ci/run installs it), playwright-core, and a
// build (`npm run build && npm run build:web`; `npm run test:e2e` does the latter). Serves the
// page from a node:http server on 127.0.0.1, fills in a household as a person would, checks
// what is shown in Polish and in English, answers the follow-up questions on a phone, checks the
// page with axe-core, and writes screenshots to docs/ (or $SCREENSHOT_DIR).
// Not part of `npm test`: it needs a browser.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { after, before, test } from "node:test";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const site = join(root, "examples/web/dist");
const shots = process.env.SCREENSHOT_DIR ?? join(root, "docs");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// What Chromium needs on a machine with no network but loopback, running as root.
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

let server;
let base;
let browser;
let scratch;

before(async () => {
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium)`);
  assert.ok(existsSync(join(site, "index.html")), "examples/web/dist is missing: run `npm run build && npm run build:web`");
  mkdirSync(shots, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), "kryterium-e2e-"));
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(site, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  // playwright-core's launch() gives Chromium a fresh, empty --user-data-dir of its own.
  browser = await chromium.launch({ executablePath, args, headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function newPage(options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "pl-PL", timezoneId: "Europe/Warsaw", ...options });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { page, errors };
}

test("screener: a person fills in a household and sees every programme's outcome, reason and citation, in Polish and in English", async () => {
  const { page, errors } = await newPage();
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.locator("h1").textContent(), "Jaka pomoc społeczna przysługuje?");

  // The household: Anna, 80, moderate disability, a pension of 900 zł, in Kraków, with her
  // grandson Kuba, 10, at school, no income. Evaluated on 15 March 2025.
  await page.fill("#date", "2025-03-15");
  await page.dispatchEvent("#date", "change");
  await page.selectOption("#municipality", { label: "Kraków" });
  await page.check("#situations input[value=ubostwo]");
  await page.check("#situations input[value=niepelnosprawnosc]");
  const anna = page.locator(".member").nth(0);
  await anna.locator("[name=birthDate]").fill("1944-05-14");
  await anna.locator("[name=sex]").selectOption("F");
  await anna.locator("[name=disability]").selectOption("umiarkowany");
  await anna.locator("[name=incomeType]").selectOption("emerytura-renta");
  await anna.locator("[name=gross]").fill("900.00");
  await anna.locator("[name=healthContribution]").fill("81.00");
  assert.equal(await anna.locator("[name=age]").textContent(), "80 lat");

  await page.click("#add-member");
  const kuba = page.locator(".member").nth(1);
  await kuba.locator("[name=role]").selectOption("other");
  await kuba.locator("[name=birthDate]").fill("2014-09-01");
  await kuba.locator("[name=sex]").selectOption("M");
  await kuba.locator("[name=schoolPupil]").check();
  await kuba.locator("[name=incomeType]").selectOption("none");
  assert.equal(await kuba.locator("[name=age]").textContent(), "10 lat");
  // …and changes her mind: Anna lives alone.
  await kuba.locator(".remove").click();
  assert.equal(await page.locator(".member").count(), 1);

  await page.click("#check");
  await page.waitForSelector(".result");
  const results = page.locator(".result");
  const n = await results.count();
  assert.ok(n >= 5, `expected every programme in force, got ${n}`);
  assert.match(await page.locator(".summary").textContent(), /^Przysługuje: \d+ · nie przysługuje: \d+ · wymaga oceny: \d+$/);
  // Every programme shows an outcome, a reason and its legal basis.
  for (let i = 0; i < n; i++) {
    const r = results.nth(i);
    assert.match(await r.locator(".outcome").textContent(), /^(przysługuje|nie przysługuje|wymaga oceny)$/);
    assert.ok((await r.locator(".reason").textContent()).length > 5);
    assert.match(await r.locator(".citation").textContent(), /^Podstawa prawna: .*(Dz\.U\.|M\.P\.|Dz\. Urz\.|uchwał|Uchwał|zarządzen|Zarządzen|rejestr|program|Program)/);
  }
  // Zasiłek stały (art. 37): a single person of retirement age whose income is below the
  // criterion. The amount itself is pinned by the fixtures; the page must show one, with the
  // article and the rule version in force on the date.
  const staly = page.locator("#programme-pl-pomoc-spoleczna-zasilek-staly");
  assert.equal(await staly.locator(".outcome").textContent(), "przysługuje");
  assert.match(await staly.locator(".amount").textContent(), /^\d+\.\d\d zł$/);
  assert.match(await staly.locator(".citation").textContent(), /art\. 37/);
  assert.match(await staly.locator(".version").textContent(), /^Przepisy w wersji: 2025-01-01/);
  const amountPl = await staly.locator(".amount").textContent();
  // The order a person reads: eligible first, then needs assessment, then not eligible.
  const outcomes = await results.locator(".outcome").allTextContents();
  const rank = { przysługuje: 0, "wymaga oceny": 1, "nie przysługuje": 2 };
  assert.deepEqual(outcomes, [...outcomes].sort((a, b) => rank[a] - rank[b]));
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path: join(shots, "screener.png") });
  await page.setViewportSize({ width: 1280, height: 900 });

  // English, without re-entering anything.
  await page.click("#lang-en");
  assert.equal(await page.locator("h1").textContent(), "Which social assistance can you get?");
  assert.equal(await staly.locator(".outcome").textContent(), "eligible");
  assert.equal(await staly.locator(".title").textContent(), "Permanent allowance (zasiłek stały)");
  assert.equal(await staly.locator(".amount").textContent(), amountPl);
  assert.match(await staly.locator(".citation").textContent(), /^Legal basis: .*art\. 37/);
  assert.match(await page.locator(".summary").textContent(), /^Eligible: \d+ · not eligible: \d+ · needs assessment: \d+$/);

  // Invalid input is explained, not thrown: an amount with three decimals.
  await anna.locator("[name=gross]").fill("900.005");
  await page.click("#check");
  await page.waitForSelector(".errors");
  // …said in words: whose field it is, never the input path
  const error = await page.locator(".errors").textContent();
  assert.match(error, /Applicant: Gross receipts, PLN/);
  assert.doesNotMatch(error, /members\[|incomes\[/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** axe-core's whole rule set on the page as it stands: every violation, with the nodes it names. */
async function accessibilityViolations(page) {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ["violations"] })).violations);
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Whether the page is wider than its viewport (a sideways scroll on a phone). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A follow-up question on the page, found by what it asks. */
const question = (page, text) => page.locator("#questions form.question", { has: page.locator("h3", { hasText: text }) });

test("screener on a phone: an empty form, follow-up questions answered in place, a decided zasiłek rodzinny; pl, uk, en; no sideways scroll; axe finds nothing", async () => {
  const { page, errors } = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // nothing leaves the browser: every request the page makes is for its own files
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]");
  assert.match(await page.locator(".privacy").textContent(), /wszystko liczy się w tej przeglądarce\. Nic, co wpiszesz, nie jest wysyłane/);
  assert.equal(await overflow(page), 0, "the empty form scrolls sideways at 390 px");
  assert.equal(await page.locator("#follow-up").isVisible(), false);

  // A family: Anna and Piotr, married, no income this month, and their daughter Zosia, 5.
  await page.fill("#date", "2025-03-15");
  await page.dispatchEvent("#date", "change");
  const anna = page.locator(".member").nth(0);
  await anna.locator("[name=name]").fill("Anna");
  await anna.locator("[name=birthDate]").fill("1990-01-10");
  await page.click("#add-member");
  const piotr = page.locator(".member").nth(1);
  await piotr.locator("[name=name]").fill("Piotr");
  await piotr.locator("[name=role]").selectOption("spouse");
  await piotr.locator("[name=birthDate]").fill("1988-06-01");
  await piotr.locator("[name=sex]").selectOption("M");
  await page.click("#add-member");
  const zosia = page.locator(".member").nth(2);
  await zosia.locator("[name=name]").fill("Zosia");
  await zosia.locator("[name=birthDate]").fill("2019-05-02");
  await page.click("#check");

  // Zasiłek rodzinny cannot be decided from the form: the base year's income is missing, and asked.
  const zr = page.locator("#programme-pl-swiadczenia-rodzinne-zasilek-rodzinny");
  await zr.waitFor();
  assert.equal(await zr.locator(".outcome").textContent(), "wymaga oceny");
  assert.match(await zr.locator(".missing").textContent(), /Za który rok podajesz dochody rodziny/);
  assert.equal(await page.locator("#follow-up").isVisible(), true);
  const asked = await page.locator("#questions h3").allTextContents();
  assert.ok(asked.includes("Za który rok podajesz dochody rodziny (rok bazowy)?"), asked.join(" | "));
  assert.ok(asked.some((q) => q.startsWith("Zosia: ")), "a member's question names the member");
  assert.equal(await overflow(page), 0, "the follow-up questions scroll sideways at 390 px");
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.locator("#follow-up").screenshot({ path: join(shots, "screener-questions.png") });

  // The same questions in Ukrainian, then back to Polish.
  await page.click("#lang-uk");
  assert.equal(await page.locator("h1").textContent(), "Яка соціальна допомога вам належить?");
  assert.ok((await page.locator("#questions h3").allTextContents()).some((q) => q.startsWith("Zosia: ") && /[а-яіїє]/.test(q)));
  assert.match(await page.locator(".privacy").textContent(), /нікуди не надсилається/);
  assert.equal(await overflow(page), 0, "the Ukrainian page scrolls sideways at 390 px");
  await page.click("#lang-pl");

  // The base year: the year the benefit period calls for is offered; taken as it is.
  const baseYear = question(page, "Za który rok podajesz dochody rodziny");
  assert.equal(await baseYear.locator("input").inputValue(), "2023");
  await baseYear.locator("button.save").click();
  // …which asks each one's income in that year, answered with a comma; a wrong amount is refused in place.
  const annaIncome = question(page, "Anna: jaki był dochód w roku 2023");
  await annaIncome.locator("input").fill("9 600,0x");
  await annaIncome.locator("button.save").click();
  assert.match(await annaIncome.locator(".answer-error").textContent(), /Niepoprawna odpowiedź: oczekiwano — kwota w złotych/);
  await annaIncome.locator("input").fill("9 600,00");
  await annaIncome.locator("button.save").click();
  for (const [who, amount] of [["Piotr", "412,30"], ["Zosia", "0"]]) {
    const q = question(page, `${who}: jaki był dochód w roku 2023`);
    await q.locator("input").fill(amount);
    await q.locator("button.save").click();
  }
  const farm = question(page, "hektarów przeliczeniowych");
  await farm.locator("input").fill("0");
  await farm.locator("button.save").click();
  await question(page, "utracił dochód").locator("button.none").click();
  await question(page, "uzyskał nowy dochód").locator("button.none").click();

  // Decided: 124 zł a month for Zosia (art. 6 ust. 2 pkt 2 ustawy o świadczeniach rodzinnych, the amount pinned by the fixtures).
  assert.equal(await zr.locator(".outcome").textContent(), "przysługuje");
  assert.equal(await zr.locator(".amount").textContent(), "124.00 zł");
  assert.equal(await zr.locator(".missing").count(), 0);

  // What the other programmes ask is left unknown, one "don't know" at a time, until nothing is asked.
  for (let left = await page.locator("#questions form.question").count(); left > 0; left = await page.locator("#questions form.question").count()) {
    await page.locator("#questions form.question").first().locator("button.skip").click();
    assert.ok((await page.locator("#questions form.question").count()) < left + 5, "skipping must not raise questions without end");
  }
  assert.equal(await page.locator("#follow-up-lead").textContent(), "Wszystko, o co można zapytać, zostało ustalone.");
  assert.equal(await zr.locator(".outcome").textContent(), "przysługuje");
  assert.equal(await overflow(page), 0, "the results scroll sideways at 390 px");
  assert.deepEqual(await accessibilityViolations(page), []);
  await zr.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "screener-decided.png") });

  // Nothing the page itself writes holds an input path: the questions, what is missing, the form.
  // (The reasons and explanations are the library's renderers', checked with them.)
  for (const part of ["#household", "#follow-up", ".missing", ".summary", ".citation"]) {
    for (const text of await page.locator(part).allInnerTexts()) assert.doesNotMatch(text, /members\[|baseYear\.|osoba-\d/, part);
  }
  assert.deepEqual(requests.filter((u) => !u.startsWith(base)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("audit report: `kryterium audit fixtures --out report.html` renders in Chromium", async () => {
  const out = join(scratch, "report.html");
  try {
    execFileSync(process.execPath, [join(root, "dist/cli.js"), "audit", join(root, "fixtures"), "--out", out], { cwd: root, stdio: "pipe" });
  } catch (e) {
    // Exit 1 means a fixture failed: the fixture suite reports that; the report is still written.
    if (e.status !== 1) throw e;
  }
  assert.ok(existsSync(out), "the audit wrote no report");
  const { page, errors } = await newPage();
  await page.goto(`file://${out}`);
  const text = await page.locator("body").innerText();
  assert.ok(text.length > 1000, "the report renders text");
  assert.match(text, /zasiłek stały|Zasiłek stały/i);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > 900, "the report has content beyond the first screen");
  await page.screenshot({ path: join(shots, "audit-report.png"), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});
