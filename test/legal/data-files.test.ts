// Integrity of src/legal/data, and agreement with the shared facts file when it is present
// (../shared is not part of the project: those checks skip cleanly without it).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import ecbFile from "../../src/legal/data/ecb-mro-rates.json" with { type: "json" };
import frFile from "../../src/legal/data/fr-legal-interest-rates.json" with { type: "json" };
import { parseDocument } from "yaml";
import { addDays, compareDates, isIsoDate } from "../../src/legal/dates.js";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "../../src/legal/data");
const factsPath = join(here, "../../../shared/legal/legal-facts.md");
const facts = existsSync(factsPath) ? readFileSync(factsPath, "utf8") : undefined;

const CONFIDENCE = /^(C|C\*|M|D|C\/X)$/;

/** Every object in a JSON tree that carries a value with provenance. */
function sourcedObjects(node: unknown, path = "$"): { path: string; obj: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => sourcedObjects(n, `${path}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const obj = node as Record<string, unknown>;
  const own = "source" in obj ? [{ path, obj }] : [];
  return [...own, ...Object.entries(obj).flatMap(([k, v]) => sourcedObjects(v, `${path}.${k}`))];
}

describe("data files", () => {
  const files = readdirSync(dataDir).filter((f) => f.endsWith(".json"));

  // JSON.parse keeps the last of two equal keys without a word: an entry upgraded by adding a second
  // « confidence » instead of replacing the first read right but said two things.
  it.each(files)("%s: no key twice in one object", (file) => {
    const doc = parseDocument(readFileSync(join(dataDir, file), "utf8"), { uniqueKeys: true });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
  });

  it.each(files)("%s: every sourced value has a source and a confidence mark", (file) => {
    const json = JSON.parse(readFileSync(join(dataDir, file), "utf8")) as unknown;
    const sourced = sourcedObjects(json);
    expect(sourced.length).toBeGreaterThan(0);
    for (const { path, obj } of sourced) {
      expect(typeof obj.source, `${file} ${path}`).toBe("string");
      expect((obj.source as string).length, `${file} ${path}`).toBeGreaterThan(3);
      expect(String(obj.confidence), `${file} ${path}`).toMatch(CONFIDENCE);
    }
  });

  it("FR legal rates: contiguous periods from 2012 to 2026 S1, no 2026 S2", () => {
    const periods = [...frFile.annual, ...frFile.semesters];
    for (const p of periods) {
      expect(isIsoDate(p.from) && isIsoDate(p.to)).toBe(true);
    }
    for (let i = 1; i < periods.length; i++) {
      expect(periods[i]!.from).toBe(addDays(periods[i - 1]!.to, 1));
    }
    expect(frFile.semesters).toHaveLength(23);
    expect(frFile.semesters.some((s) => s.semester === "2026-S2")).toBe(false);
  });

  it("ECB steps are sorted by effective date", () => {
    const dates = ecbFile.steps.map((s) => s.effectiveFrom);
    expect([...dates].sort(compareDates)).toEqual(dates);
    expect(ecbFile.steps).toHaveLength(37);
  });
});

describe.skipIf(facts === undefined)("agreement with ../shared/legal/legal-facts.md", () => {
  it("FR legal rates match §1", () => {
    const rows = [...facts!.matchAll(/^\| (\d{4}) S([12]) \| ([\d.]+) % \| \**([\d.]+) %\** \|/gm)];
    expect(rows).toHaveLength(23);
    for (const [, year, half, consumer, professional] of rows) {
      const entry = frFile.semesters.find((s) => s.semester === `${year}-S${half}`);
      expect(entry, `${year} S${half}`).toBeDefined();
      expect(entry!.consumer).toBe(consumer);
      expect(entry!.professional).toBe(professional);
    }
  });

  it("ECB steps match §2", () => {
    const months: Record<string, string> = {
      Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06",
      Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12",
    };
    const section = facts!.slice(facts!.indexOf("## 2."), facts!.indexOf("**Derived default rates"));
    const steps = [...section.matchAll(/\| (\d{1,2}) (\w{3}) (\d{4}) \| ([\d.]+)/g)].map(
      ([, d, m, y, rate]) => ({ effectiveFrom: `${y}-${months[m!]}-${d!.padStart(2, "0")}`, mro: rate }),
    );
    // The 2008–2011 steps are in the 2026-12-06 update, written « 15 Oct 2008 3,75 ».
    const update = facts!.slice(facts!.indexOf("- ECB steps 2008–2011"), facts!.indexOf("- Juridictions de proximité"));
    const early = [...update.matchAll(/(\d{1,2}) (\w{3}) (\d{4})\s+(\d),(\d\d)/g)].map(
      ([, d, m, y, units, cents]) => ({ effectiveFrom: `${y}-${months[m!]}-${d!.padStart(2, "0")}`, mro: `${units}.${cents}` }),
    );
    expect(early).toHaveLength(10);
    steps.push(...early);
    expect(steps.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom))).toEqual(
      ecbFile.steps.map((s) => ({ effectiveFrom: s.effectiveFrom, mro: s.mro })),
    );
  });
});
