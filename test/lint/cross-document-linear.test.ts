// Cross-document rules compare each document with every other of its seller: the work done per
// document must not be repeated for each pair (300 versions of one CGV took 27 s, issue #14).
// Counted by calls, never by time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lintPaths } from "../../src/lint/run.js";
import { flexible } from "../../src/lint/scan/text.js";
import rule from "../../src/lint/rules/jurisdiction-conflict.js";
import { baseTerms } from "./helpers.js";

const scans = vi.hoisted(() => ({ courtMentions: 0 }));
vi.mock("../../src/lint/scan/courts.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/lint/scan/courts.js")>();
  return {
    ...original,
    findCourtMentions: (...args: Parameters<typeof original.findCourtMentions>) => {
      scans.courtMentions++;
      return original.findCourtMentions(...args);
    },
  };
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("cross-document rules are linear in the number of documents", () => {
  it("jurisdiction-conflict scans each version of one seller's terms once, and still reports across them", () => {
    dir = mkdtempSync(join(tmpdir(), "clausier-linear-"));
    const { seller, ...terms } = baseTerms();
    writeFileSync(join(dir, "seller.yaml"), stringify({ kind: "seller", ...(seller as object) }));
    const versions = 20;
    for (let i = 0; i < versions; i++) {
      // The last version names another court: every version conflicts with it.
      const city = i === versions - 1 ? "Rennes" : "Nantes";
      const jurisdiction = { type: "named-court", court: "Tribunal de commerce", city, country: "FR" };
      const clauses = (terms.clauses as Array<{ id: string; body: string }>).map((c) => (c.id === "litiges" ? { ...c, body: `Le droit français s'applique. Tout litige relève du Tribunal de commerce de ${city}.\n` } : c));
      writeFileSync(join(dir, `cgv-${String(i).padStart(2, "0")}.yaml`), stringify({ ...terms, id: `exemple-cgv-${i}`, jurisdiction, clauses, seller: "./seller.yaml" }));
    }
    scans.courtMentions = 0;
    const { results } = lintPaths([dir], dir, [rule], { asOf: "2026-11-23", locale: "fr" });
    const clausesPerDocument = (terms.clauses as unknown[]).length;
    expect(scans.courtMentions).toBeLessThanOrEqual(versions * clausesPerDocument);
    const across = results.flatMap((r) => r.messages.filter((m) => m.message.includes("du même vendeur")));
    // Each of the 19 Nantes versions against the Rennes one, and the Rennes one against each of them.
    expect(across).toHaveLength(2 * (versions - 1));
  });

  it("a pattern built anew for each call is compiled once", () => {
    expect(flexible(new RegExp("tribunal de commerce"))).toBe(flexible(new RegExp("tribunal de commerce")));
  });
});
