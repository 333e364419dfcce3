import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { KEY, Terminal } from "./support/terminal.js";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli.js");
const ZR = "pl/swiadczenia-rodzinne/zasilek-rodzinny";

/** `down` presses then Enter: picks the option that many places below the first. */
const pick = (down: number) => `${KEY.down.repeat(down)}${KEY.enter}`;

/**
 * Waits until a question is being asked: drawn with clack's marker of the active prompt (◆),
 * not the answered one (◇) that echoes it, so keys are typed only once the prompt listens.
 */
const asked = (t: Terminal, text: string) => t.waitFor(new RegExp(`◆  [^\\n]*${escapeRegExp(text)}`));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const whoElse = (t: Terminal) => asked(t, "Kto jeszcze mieszka");

/** Picks a role `down` places below the first, and names the person. */
async function addMember(t: Terminal, down: number, name: string): Promise<void> {
  await whoElse(t);
  t.type(pick(down));
  await asked(t, "Jak nazwać tę osobę");
  t.type(`${name}${KEY.enter}`);
}

describe("kryterium ask in a terminal (arrow-key prompts)", () => {
  let terminal: Terminal | undefined;
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does)");
  });
  afterEach(() => terminal?.kill());

  it("takes a family to a decided zasiłek rodzinny, with a wrong date refused and going back twice", { timeout: 300_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kryterium-ask-tty-")), "h.json");
    const t = new Terminal(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ask --programme ${ZR} --save ${JSON.stringify(file)}`, { cwd: root, env: { NO_COLOR: "1" } });
    terminal = t;
    await asked(t, "Na jaki dzień ocenić uprawnienia?");
    t.type(`2025-03-15${KEY.enter}`);
    await asked(t, "Jak nazwać wnioskodawcę");
    t.type(`Anna${KEY.enter}`);

    // who lives there: a spouse, then back (the spouse is taken off again), then a spouse and a child
    await addMember(t, 0, "Piotr");
    await whoElse(t);
    t.type(pick(8));
    await addMember(t, 0, "Piotr");
    await addMember(t, 2, "Zosia");
    await whoElse(t);
    t.type(pick(7));

    // a date that does not exist is refused in place, then corrected
    await asked(t, "Zosia: data urodzenia?");
    t.type(`30.02.2019${KEY.enter}`);
    await t.waitFor("Niepoprawna odpowiedź");
    t.type(`${KEY.backspace.repeat(10)}01.05.2019${KEY.enter}`);

    // back from the residence question to the birth date, answered again
    await asked(t, "Anna: jaki ma status pobytu w Polsce?");
    t.type(`${KEY.up}${KEY.enter}`);
    await asked(t, "Zosia: data urodzenia?");
    t.type(`02.05.2019${KEY.enter}`);
    await asked(t, "Anna: jaki ma status pobytu w Polsce?");
    t.type(pick(0));

    await asked(t, "(Enter: 2023)");
    t.type(KEY.enter);
    await asked(t, "Anna: jaki był dochód w roku 2023");
    t.type(`9 600,00${KEY.enter}`);
    await asked(t, "Piotr: jaki był dochód w roku 2023");
    t.type(`412,30${KEY.enter}`);
    await asked(t, "Zosia: jaki był dochód w roku 2023");
    t.type(`0${KEY.enter}`);
    await asked(t, "hektarów przeliczeniowych");
    t.type(`0${KEY.enter}`);
    await asked(t, "utracił dochód");
    t.type(pick(1));
    await asked(t, "uzyskał nowy dochód");
    t.type(pick(1));

    await t.waitFor(/Zasiłek rodzinny\s+przysługuje\s+124\.00 zł/);
    expect(await t.exit()).toBe(0);
    expect(t.screen).not.toMatch(/members\[|baseYear\./);
    // the spouse entered before going back is not there twice; the birth date is the one given after going back
    const saved = JSON.parse(readFileSync(file, "utf8")) as { members: Array<{ role: string; name: string; birthDate?: string }> };
    expect(saved.members.map((m) => `${m.role} ${m.name}`)).toEqual(["applicant Anna", "spouse Piotr", "child Zosia"]);
    expect(saved.members[2]?.birthDate).toBe("2019-05-02");
  });
});
