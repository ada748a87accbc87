import { describe, expect, it } from "vitest";
import { cli, STACK_TRACE } from "../helpers/cli.js";

const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, " ");

describe("clausier compute", () => {
  it("refund: the Livenote annual maintenance example prints 344,00 €", () => {
    const r = cli(["compute", "refund", "fixtures/livenote/refund-rb-2020-0001.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(plain(r.stdout)).toContain("344,00 €");
    // the breakdown a client can check: 8 × 45 € and 4 × (49 € − 45 €)
    expect(plain(r.stdout)).toMatch(/8 × 45,00 €/);
  });

  it("refund --format json gives exact decimal strings", () => {
    const r = cli(["compute", "refund", "fixtures/livenote/refund-rb-2020-0001.yaml", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sections[0].result.total).toBe("344");
  });

  it("totals: a TTC-priced Luxogés invoice keeps the TTC the client sees", () => {
    const r = cli(["compute", "totals", "fixtures/luxoges/invoice-lx-2026-0412.yaml", "--format", "json"]);
    expect(r.code).toBe(0);
    const { result } = JSON.parse(r.stdout).sections[0];
    expect(result.totalGross).toBe("39.9");
    expect(Number(result.totalNet) + Number(result.totalVat)).toBeCloseTo(39.9, 10);
  });

  it("due-date: computed from the terms", () => {
    const r = cli(["compute", "due-date", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sections[0].result.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("penalties: a date outside the legal data is an error with the reason, not a guess", () => {
    const r = cli(["compute", "penalties", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--paid-on", "2026-12-31"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Aucune donnée/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("penalties within the data: interest and the 40 € indemnity", () => {
    const r = cli(["compute", "penalties", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--paid-on", "2026-06-30", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sections[1].result.amount).toBe("40");
  });

  it("cancellation: Pétillances training cancelled inside the 25–15 working-day window costs 50 %", () => {
    const r = cli(["compute", "cancellation", "fixtures/petillances/refund-nc-2026-0007.yaml", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sections[0].result.feePercent).toBe("50");
  });

  it("--format json words each step in the locale asked and keeps its stable id", () => {
    const run = (locale: string) => JSON.parse(cli(["--locale", locale, "compute", "refund", "fixtures/livenote/refund-rb-2020-0001.yaml", "--format", "json"]).stdout).sections[0];
    const [fr, en] = [run("fr"), run("en")];
    expect(fr.id).toBe("SECTION_REFUND");
    expect(en.steps.map((s: { id: string }) => s.id)).toEqual(fr.steps.map((s: { id: string }) => s.id));
    const unused = (section: { steps: { id: string; label: string }[] }) => section.steps.find((s) => s.id === "UNUSED_MONTHS")?.label;
    expect(unused(fr)).toBe("Mois non utilisés au tarif du forfait");
    expect(unused(en)).toBe("Unused months at the plan price");
    expect(en.title).toMatch(/^Refund RB-2020-0001 \(policy /);
  });

  it("exits 2 for a missing file and for a wrong kind of document", () => {
    expect(cli(["compute", "refund", "nope.yaml"]).code).toBe(2);
    const wrong = cli(["compute", "refund", "fixtures/livenote/invoice-ln-2020-0001.yaml"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("attendu un document refund");
  });

  // docs/computations.md: an error, not « 0 jours » and a 100 % fee.
  it("cancellation notified after the start: exit 1, both dates, no stack trace", () => {
    const r = cli(["compute", "cancellation", "fixtures/petillances/quote-of-2026-0031.yaml", "--policy", "training-cancellation", "--on", "2026-12-20", "--start", "2026-12-18"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(plain(r.stderr)).toContain("Annulation notifiée le 20 décembre 2026, après le début de la prestation (18 décembre 2026)");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const en = cli(["--locale", "en", "compute", "cancellation", "fixtures/petillances/quote-of-2026-0031.yaml", "--policy", "training-cancellation", "--on", "2026-12-20", "--start", "2026-12-18"]);
    expect(en.stderr).toContain("Cancellation notified on 20 December 2026, after the service started (18 December 2026)");
  });

  it("billing-units: Pétillances bills 3 h as a half day, 4 h 30 as a day, 2 h by the hour, and 44 km in the green zone 22,00 €", () => {
    const r = cli(["compute", "billing-units", "terms/petillances/cg.yaml", "--hours", "3", "--km", "44", "--zone", "lu-green"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(plain(r.stdout)).toContain("3 h > 2 h : facturé comme une demi-journée");
    expect(plain(r.stdout)).toContain("44 km × 0,50 € = 22,00 €");
    const json = cli(["compute", "billing-units", "fixtures/petillances/quote-of-2026-0031.yaml", "--hours", "4.5", "--format", "json"]);
    expect(JSON.parse(json.stdout).sections[0].result.duration).toEqual({ hours: "4.5", unit: "day", quantity: "1" });
    const hours = cli(["compute", "billing-units", "terms/petillances/cg.yaml", "--hours", "2", "--format", "json"]);
    expect(JSON.parse(hours.stdout).sections[0].result.duration).toEqual({ hours: "2", unit: "hour", quantity: "2" });
  });

  it("billing-units: a bad option is a usage error (exit 2), terms without billing units an error (exit 1)", () => {
    const zone = cli(["compute", "billing-units", "terms/petillances/cg.yaml", "--km", "10", "--zone", "mars"]);
    expect([zone.code, zone.stderr]).toEqual([2, expect.stringContaining("zones des conditions : lu-blue, lu-green, lu-yellow, abroad")]);
    const hours = cli(["compute", "billing-units", "terms/petillances/cg.yaml", "--hours", "3h"]);
    expect([hours.code, hours.stderr]).toEqual([2, expect.stringContaining("(trouvé « 3h »)")]);
    const none = cli(["compute", "billing-units", "fixtures/altairis/invoice-fa-2026-0041.yaml", "--hours", "3"]);
    expect([none.code, none.stderr]).toEqual([1, expect.stringContaining("ne fixent pas d'unités de facturation")]);
    for (const r of [zone, hours, none]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
