// Issue #15, defect 12: a far-future date cost 5–11 s per document in day-by-day loops. Dates are
// accepted from 1900-01-01 to 2199-12-31: documents, options and the loops themselves refuse others.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addWorkingDays, workingDaysBetween } from "../../src/legal/calendar.js";
import { addDays, DateOutOfRangeError, parseIsoDate } from "../../src/legal/dates.js";
import { Workspace } from "../../src/model/index.js";
import { monthsUsedBetween } from "../../src/money/refunds.js";
import { allRules } from "../../src/lint/rules/index.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";
import { lintProse } from "../lint/helpers.js";

const outOfRange = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DateOutOfRangeError && error.code === "DATE_OUT_OF_RANGE";
  }
  return false;
};

describe("date loops are bounded by the accepted range", () => {
  it.each([
    ["workingDaysBetween to 9999", () => workingDaysBetween("2026-01-01", "9999-12-18", "FR")],
    ["workingDaysBetween from 0999", () => workingDaysBetween("0999-01-01", "2026-01-01", "FR")],
    ["addWorkingDays of a billion days", () => addWorkingDays("2026-01-01", 1_000_000_000, "FR")],
    ["monthsUsedBetween to 9999", () => monthsUsedBetween("2026-01-01", "9999-12-18")],
    ["addDays past 2199", () => addDays("2199-12-31", 1)],
  ])("%s throws DATE_OUT_OF_RANGE", (_, fn) => {
    expect(outOfRange(fn)).toBe(true);
  });

  it("accepts both ends of the range", () => {
    expect(parseIsoDate("1900-01-01")).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseIsoDate("2199-12-31")).toEqual({ year: 2199, month: 12, day: 31 });
    expect(outOfRange(() => parseIsoDate("1899-12-31"))).toBe(true);
    expect(outOfRange(() => parseIsoDate("2200-01-01"))).toBe(true);
  });
});

describe("documents", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "clausier-dates-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const refund = (startDate: string) =>
    [
      "kind: refund",
      "number: NC-1",
      "issueDate: 2026-03-01",
      `terms: ${join(ROOT, "terms/petillances/cgv.yaml")}`,
      `invoice: ${join(ROOT, "fixtures/petillances/invoice-fp-2026-0118.yaml")}`,
      "policy: x",
      "facts:",
      `  startDate: ${startDate}`,
    ].join("\n");

  it.each([
    ["9999-12-18", 8],
    ["0999-06-01", 8],
  ])("refuses startDate: %s with its position", (date, line) => {
    writeFileSync(join(dir, "refund.yaml"), refund(date));
    const ws = new Workspace(dir, undefined, undefined, "en");
    ws.load(join(dir, "refund.yaml"));
    const found = ws.allDiagnostics().find((d) => d.code === "SCHEMA_DATE_RANGE");
    expect(found).toMatchObject({ line, column: 14, message: `facts.startDate: date outside the accepted range, 1900-01-01 to 2199-12-31 (found "${date}"); check the year` });
  });

  it("a prose date outside the range is reported where written, not used", () => {
    const text = "# CGV\n\nEn vigueur au 18/12/9999.\n\nArticle 1 : Objet\n\nLes présentes conditions.\n";
    const found = lintProse(text, allRules, { locale: "en" }).filter((m) => /outside the accepted range/.test(m.message));
    expect(found).toEqual([expect.objectContaining({ ruleId: "invalid-document", line: 3, column: 1, message: "date 9999-12-18 outside the accepted range, 1900-01-01 to 2199-12-31: check the year (the date is not used)" })]);
  });

  it("a front-matter date outside the range is reported", () => {
    const text = "---\neffectiveDate: 2500-01-01\n---\n# CGV\n\nArticle 1 : Objet\n\nTexte.\n";
    const found = lintProse(text, allRules, { locale: "en" }).filter((m) => /outside the accepted range/.test(m.message));
    expect(found).toMatchObject([{ line: 2, column: 1 }]);
  });
});

describe("clausier compute date options", () => {
  it.each([
    ["--paid-on", "9999-01-01", ["penalties", "fixtures/altairis/invoice-fa-2026-0042.yaml"]],
    ["--on", "1850-01-01", ["cancellation", "fixtures/petillances/refund-nc-2026-0007.yaml"]],
  ])("refuses %s %s with a usage error", (flag, value, args) => {
    const r = cli(["compute", ...args, flag, value, "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag} ${value}: date outside the accepted range, 1900-01-01 to 2199-12-31; check the year`);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("--as-of outside the range", () => {
  it.each([["lint", "terms/altairis/cgv.yaml"], ["render", "terms/altairis/cgv.yaml", "--to", "html", "--out", "no-output"]])("%s refuses it with a usage error", (command, ...args) => {
    const r = cli([command, ...args, "--as-of", "9999-01-01", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--as-of 9999-01-01");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
