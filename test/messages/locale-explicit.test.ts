// The locale is passed explicitly (issue #8): no global mutable locale. Two runs in one process
// each speak their own language, and CLAUSIER_LOCALE is read from the command's environment.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { format, Workspace } from "../../src/model/index.js";
import { localizedDate } from "../../src/money/format.js";
import { fromProse } from "../../src/lint/documents/from-prose.js";
import { ROOT } from "../helpers/cli.js";

const UNKNOWN_KEY = "fixtures/invalid/unknown-key.yaml";
const FRENCH = /clé inconnue « paymnet »/;
const ENGLISH = /unknown key "paymnet"/;

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function run(argv: string[], env: Record<string, string> = {}, cwd = ROOT) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, env, locale: "fr" });
  return { code, out: stdout + stderr };
}

describe("the locale is passed, not global", () => {
  it("two workspaces in one process each word their diagnostics in their own locale", () => {
    const messages = (["en", "fr"] as const).map((locale) => {
      const ws = new Workspace(ROOT, undefined, undefined, locale);
      ws.load(UNKNOWN_KEY);
      return ws.allDiagnostics().map((d) => d.message).join("\n");
    });
    expect(messages[0]).toMatch(ENGLISH);
    expect(messages[1]).toMatch(FRENCH);
  });

  it("a run with --locale en leaves the next run in French", async () => {
    expect((await run(["--locale", "en", "validate", UNKNOWN_KEY])).out).toMatch(ENGLISH);
    const next = await run(["validate", UNKNOWN_KEY]);
    expect(next.out).toMatch(FRENCH);
    expect(next.out).not.toMatch(ENGLISH);
  });

  it("CLAUSIER_LOCALE is read from the command's environment", async () => {
    const { code, out } = await run(["validate", UNKNOWN_KEY], { CLAUSIER_LOCALE: "en" });
    expect(code).toBe(1);
    expect(out).toMatch(ENGLISH);
    expect(out).not.toMatch(FRENCH);
  });

  it("--locale fr wins over CLAUSIER_LOCALE=en", async () => {
    expect((await run(["--locale", "fr", "validate", UNKNOWN_KEY], { CLAUSIER_LOCALE: "en" })).out).toMatch(FRENCH);
  });
});

describe("legal data gaps are data, worded in the user's locale", () => {
  it("compute penalties past the legal data says why in English with --locale en", async () => {
    const argv = ["compute", "penalties", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--paid-on", "2026-12-31"];
    const en = await run(["--locale", "en", ...argv]);
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/No data for the French legal interest rate on 2026-\d\d-\d\d: the data runs until 2026-06-30/);
    expect((await run(argv)).out).toMatch(/Aucune donnée pour le taux de l'intérêt légal au 2026-\d\d-\d\d : les données vont jusqu'au 2026-06-30/);
  });
});

describe("compute's usage errors are data, worded in the user's locale", () => {
  it("a quote with several cancellation policies asks for --policy in English with --locale en", async () => {
    const argv = ["compute", "cancellation", "fixtures/petillances/quote-of-2026-0031.yaml", "--on", "2026-05-04", "--start", "2026-05-11"];
    const en = await run(["--locale", "en", ...argv]);
    expect(en.code).toBe(2);
    expect(en.out).toMatch(/compute cancellation: choose the cancellation policy with --policy \(training-cancellation, /);
    expect((await run(argv)).out).toMatch(/compute cancellation : choisissez la politique d'annulation avec --policy \(training-cancellation, /);
  });

  it("a document of the wrong kind is named in English with --locale en", async () => {
    const en = await run(["--locale", "en", "compute", "refund", "fixtures/petillances/quote-of-2026-0031.yaml"]);
    expect(en.code).toBe(2);
    expect(en.out).toMatch(/compute refund: expected a document of kind refund, not quote/);
  });
});

describe("render refusals are data, worded in the user's locale", () => {
  it("a missing logo is refused in English with --locale en, in French by default", async () => {
    const proj = mkdtempSync(join(tmpdir(), "clausier-locale-"));
    scratches.push(proj);
    cpSync(join(ROOT, "terms/altairis"), join(proj, "terms/altairis"), { recursive: true });
    const seller = join(proj, "terms/altairis/seller.yaml");
    writeFileSync(seller, readFileSync(seller, "utf8") + "branding:\n  logo: assets/absent.png\n");
    const argv = ["render", "--force", "--to", "html", "--out", "out", "terms/altairis/cgv.yaml"];
    const en = await run(["--locale", "en", ...argv], {}, proj);
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/terms\/altairis\/cgv\.yaml: refused, logo "assets\/absent\.png" not found \(the path is relative to the seller file\)/);
    const fr = await run(argv, {}, proj);
    expect(fr.out).toMatch(/terms\/altairis\/cgv\.yaml : refusé, logo « assets\/absent\.png » introuvable/);
  });
});

describe("values worded per locale", () => {
  it("a date in message data is worded in the reader's language", () => {
    const catalog = { SINCE: { fr: "depuis le {since}", en: "since {since}" } };
    const since = localizedDate("2019-04-26");
    expect(format(catalog, "SINCE", { since }, "fr")).toBe("depuis le 26 avril 2019");
    expect(format(catalog, "SINCE", { since }, "en")).toBe("since 26 April 2019");
    expect(format(catalog, "SINCE", { since: localizedDate("2016-10-01") }, "fr")).toBe("depuis le 1er octobre 2016");
  });
});

describe("prose front matter problems", () => {
  const text = "---\naudiance: b2c\nlaw: France\n---\n# Article 1 - Objet\nTexte.\n";
  it("are worded in the locale asked", () => {
    const en = fromProse("cgv.md", "/tmp/cgv.md", text, {}, "en").diagnostics.map((d) => d.message);
    expect(en).toEqual(['unknown key "audiance" in the front matter (allowed: audience, law, title, effectiveDate, kind)', 'law must be an ISO 3166-1 alpha-2 country code: FR, LU, BE, CH… (found "France")']);
    const fr = fromProse("cgv.md", "/tmp/cgv.md", text, {}, "fr").diagnostics.map((d) => d.message);
    expect(fr).toEqual(["clé inconnue « audiance » dans le front matter (possibles : audience, law, title, effectiveDate, kind)", 'law doit être un code pays ISO 3166-1 alpha-2 : FR, LU, BE, CH… (trouvé "France")']);
  });
});
