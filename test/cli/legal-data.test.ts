import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyUserLegalData } from "../../src/api/legal-data.js";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { clearLegalDataOverlay, frLegalInterestRate } from "../../src/legal/rates.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

// The invoices still unpaid after the end of the built-in data (2026-06-30) when computed on 2026-12-06.
const LATE = [
  "fixtures/altairis/invoice-fa-2026-0041.yaml",
  "fixtures/altairis/invoice-fa-2026-0042.yaml",
  "fixtures/luxoges/invoice-lx-2026-0412.yaml",
  "fixtures/luxoges/invoice-lx-2026-0413.yaml",
  "fixtures/voguezen/invoice-fv-2026-0057.yaml",
  "fixtures/voguezen/invoice-fv-2026-0058.yaml",
  "fixtures/voguezen/invoice-fv-2026-0059.json",
];
const TODAY = "2026-12-06";

describe("clausier data", () => {
  it("lists every dataset with its coverage, last entry, sources and a data version", () => {
    const r = cli(["data", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    const ids = out.datasets.map((d: { id: string }) => d.id);
    for (const id of ["fr-legal-interest-rates", "ecb-mro-rates", "vat-rates", "vat-exemption-wordings", "public-holidays", "courts", "civil-code-renumbering-2016", "commercial-code-renumbering-2019", "consumer-code-renumbering-2016", "invoice-mentions"]) expect(ids).toContain(id);
    const fr = out.datasets.find((d: { id: string }) => d.id === "fr-legal-interest-rates");
    expect(fr).toMatchObject({ from: "2012-01-01", to: "2026-06-30", lastEntry: { semester: "2026-S1", professional: "2.62" } });
    expect(fr.sources.length).toBeGreaterThan(0);
  });

  it("--check passes on a date the data reaches", () => {
    const r = cli(["data", "--check", "--as-of", "2026-06-30"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("--check fails with --as-of past the data, naming each dataset that ends before it", () => {
    const r = cli(["data", "--check", "--as-of", "2026-07-01"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fr-legal-interest-rates .* s'arrête au 2026-06-30, avant le 2026-07-01/);
    expect(r.stderr).toMatch(/ecb-mro-rates /);
    expect(r.stderr).not.toMatch(/vat-exemption-wordings/);
    const later = cli(["--locale", "en", "data", "--check", "--as-of", "2028-07-01", "--format", "json"]);
    expect(later.code).toBe(1);
    const { check } = JSON.parse(later.stdout);
    expect(check.ok).toBe(false);
    expect(check.endingBefore.map((d: { id: string }) => d.id)).toEqual(["fr-legal-interest-rates", "ecb-mro-rates", "vat-exemption-wordings"]);
  });

  it("lint's JSON and SARIF reports carry the data version `clausier data` shows", () => {
    const { dataVersion } = JSON.parse(cli(["data", "--format", "json"]).stdout);
    const json = JSON.parse(cli(["lint", "fixtures/altairis", "-f", "json"]).stdout);
    expect(json.length).toBeGreaterThan(0);
    for (const file of json) expect(file.dataVersion).toBe(dataVersion);
    const sarif = JSON.parse(cli(["lint", "fixtures/altairis", "-f", "sarif"]).stdout);
    expect(sarif.runs[0].properties.dataVersion).toBe(dataVersion);
  });

  it("--as-of must be a date", () => {
    const r = cli(["data", "--check", "--as-of", "2026-13-01"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("compute penalties beyond the built-in data", () => {
  it("--format json: a data gap is JSON on stdout, naming the dataset, the period and how to supply it; --locale en in English", () => {
    const r = cli(["--locale", "en", "compute", "penalties", LATE[1]!, "--paid-on", TODAY, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const { error } = JSON.parse(r.stdout);
    expect(error).toMatchObject({ code: "NO_LEGAL_DATA", dataset: "fr-legal-interest-rates", period: "2026-S2" });
    expect(error.message).toMatch(/^No data for the French legal interest rate on 2026-07-25.*Missing period: 2026-S2.*Journal officiel.*legalData.*--rate/);
  });

  it("--format json: a usage error is JSON on stdout too (exit 2)", () => {
    const r = cli(["compute", "penalties", LATE[0]!, "--rate", "douze", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toMatch(/--rate douze/);
  });

  it("--rate refuses a computation other than penalties", () => {
    const r = cli(["compute", "totals", LATE[0]!, "--rate", "12.4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rate ne s'applique qu'à « compute penalties »/);
  });

  it.each(LATE)("--rate gives a one-off rate for the whole period: %s", (file) => {
    const r = cli(["compute", "penalties", file, "--paid-on", TODAY, "--rate", "12.4", "--format", "json"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [penalties] = JSON.parse(r.stdout).sections;
    expect(penalties.result.rateGiven).toBe("12.4");
    expect(penalties.result.parts.every((p: { rate: { rate: string } }) => p.rate.rate === "12.4")).toBe(true);
    expect(penalties.steps[0].id).toBe("RATE_GIVEN_BY_USER");
  });
});

describe("user-supplied legal data (clausier.config legalData)", () => {
  let project: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(project, path, ".."), { recursive: true });
    writeFileSync(join(project, path), text);
  };
  // Test values, not official ones: what a user would copy from the arrêté and the ECB press releases.
  const OVERLAY = [
    "frLegalInterestRates:",
    "  - semester: 2026-S2",
    '    professional: "2.75"',
    '    consumer: "6.84"',
    "    source: { title: Arrêté (valeur de test), published: 2026-06-30 }",
    "ecbMainRefinancingRates:",
    "  - effectiveFrom: 2026-06-17",
    '    mro: "2.40"',
    "    knownThrough: 2026-12-31",
    "    source: { title: ECB press release (valeur de test), url: https://www.ecb.europa.eu/press/pr/html/index.en.html, published: 2026-06-11 }",
    "",
  ].join("\n");

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "clausier-legal-data-"));
    cpSync(join(ROOT, "fixtures"), join(project, "fixtures"), { recursive: true });
    cpSync(join(ROOT, "terms"), join(project, "terms"), { recursive: true });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.each(LATE)("penalties at today's date read the overlay and say so: %s", (file) => {
    write("clausier.config.yaml", 'legalData: ["legal-data/*.yaml"]\n');
    write("legal-data/2026.yaml", OVERLAY);
    const r = cli(["compute", "penalties", file, "--paid-on", TODAY, "--format", "json"], { cwd: project });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [penalties] = JSON.parse(r.stdout).sections;
    expect(penalties.result.userData[0].file).toBe("legal-data/2026.yaml");
    expect(penalties.steps.some((s: { id: string }) => s.id === "USER_DATA_USED")).toBe(true);
  });

  it("data --check passes today with the overlay, and lists the user entries", () => {
    write("clausier.config.yaml", 'legalData: ["legal-data/*.yaml"]\n');
    write("legal-data/2026.yaml", OVERLAY);
    const r = cli(["data", "--check", "--as-of", TODAY, "--format", "json"], { cwd: project });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.userData).toEqual(["legal-data/2026.yaml"]);
    expect(out.datasets.find((d: { id: string }) => d.id === "fr-legal-interest-rates").userData).toEqual(["legal-data/2026.yaml:2:5"]);
  });

  it("a value that contradicts the built-in data is an error at its file:line:column (exit 2)", () => {
    write("clausier.config.yaml", 'legalData: ["legal-data/*.yaml"]\n');
    write("legal-data/2026.yaml", OVERLAY.replace("2026-S2", "2026-S1"));
    const r = cli(["compute", "penalties", LATE[0]!, "--paid-on", TODAY], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/legal-data\/2026\.yaml:2:5 .*2026-S1 est déjà dans les données intégrées \(2,62 %/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("an entry without its source is refused by the schema, with its position", () => {
    write("clausier.config.yaml", 'legalData: ["legal-data/*.yaml"]\n');
    write("legal-data/2026.yaml", 'frLegalInterestRates:\n  - semester: 2026-S2\n    professional: "2.75"\n    consumer: "6.84"\n');
    const r = cli(["data"], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/legal-data\/2026\.yaml:2:\d+ .*source/);
  });

  it("in one process, a project without legalData does not keep the previous project's data", () => {
    write("clausier.config.yaml", 'legalData: ["legal-data/*.yaml"]\n');
    write("legal-data/2026.yaml", OVERLAY);
    const bare = mkdtempSync(join(tmpdir(), "clausier-no-legal-data-"));
    try {
      expect(applyUserLegalData(project, "fr").files).toEqual(["legal-data/2026.yaml"]);
      expect(frLegalInterestRate("2026-08-01", "professional").rate.toString()).toBe("2.75");
      expect(applyUserLegalData(bare, "fr").files).toEqual([]);
      expect(() => frLegalInterestRate("2026-08-01", "professional")).toThrow(LegalDataGapError);
    } finally {
      clearLegalDataOverlay();
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it("a legalData path that names no file is an error", () => {
    write("clausier.config.yaml", 'legalData: ["legal-data/missing.yaml"]\n');
    const r = cli(["data"], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/« legal-data\/missing\.yaml » \(legalData de clausier\.config\.yaml\) ne désigne aucun fichier/);
  });
});
