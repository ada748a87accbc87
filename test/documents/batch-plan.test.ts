// The planner render and export share (src/documents/batch-plan.ts): the files each document relies
// on, whose lint errors refuse it (the seller file included), and the documents forced through
// the gate, told to the renderer as data. In-process, no browser.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planDocuments, reliedOn } from "../../src/documents/batch-plan.js";
import { planExport } from "../../src/einvoice/batch.js";
import { Linter } from "../../src/lint/linter.js";
import { FilePolicy, Workspace, type LoadedDocument } from "../../src/model/index.js";
import { planBatch } from "../../src/render/batch.js";
import { ROOT } from "../helpers/cli.js";

const files = new FilePolicy(ROOT);
const lintErrors = (paths: string[]) => new Linter({ cwd: ROOT, files, locale: "fr" }).errorsFor(paths);
const options = (roots: string[], force: boolean) => ({ cwd: ROOT, roots, exclude: [join(ROOT, "fixtures", "invalid")], files, bind: false, force, locale: "fr" as const, lintErrors });
const VOGUEZEN_INVOICE = "fixtures/voguezen/invoice-fv-2026-0057.yaml";
const CLEAN_INVOICE = "test/lint/fixtures/documents/mentions/invoice-complete.yaml";

describe("the files a document relies on", () => {
  const workspace = new Workspace(ROOT);
  const load = (path: string): LoadedDocument => workspace.load(join(ROOT, path))!;
  const shown = (doc: LoadedDocument) => reliedOn(doc, false).map((abs) => workspace.display(abs));

  it.each([
    [VOGUEZEN_INVOICE, ["terms/voguezen/cgv.yaml", "terms/voguezen/seller.yaml"]],
    ["fixtures/petillances/quote-of-2026-0031.yaml", ["terms/petillances/cg.yaml", "terms/petillances/seller.yaml"]],
    ["terms/voguezen/cgv.yaml", ["terms/voguezen/seller.yaml"]],
    ["fixtures/altairis/credit-note-fa-2026-0043.yaml", ["fixtures/altairis/invoice-fa-2026-0041.yaml", "terms/altairis/cgv.yaml", "terms/altairis/seller.yaml"]],
    ["fixtures/petillances/refund-nc-2026-0007.yaml", ["fixtures/petillances/invoice-fp-2026-0118.yaml", "fixtures/petillances/credit-note-fp-2026-0120.yaml", "fixtures/petillances/invoice-fp-2026-0121.yaml", "terms/petillances/cg.yaml", "terms/petillances/seller.yaml"]],
  ])("%s: itself, its terms and their seller file, and the documents it accounts for", (path, others) => {
    expect(shown(load(path)).sort()).toEqual([path, ...others].sort());
  });
});

describe("the lint gate (render and export)", () => {
  it("the VogueZen invoice is refused without --force: its seller file has lint errors (issue #10, item 4)", () => {
    const plan = planBatch(options([VOGUEZEN_INVOICE], false));
    expect(plan.documents).toEqual([]);
    expect(plan.failures).toHaveLength(1);
    expect(plan.failures[0]).toMatchObject({ code: "LINT_ERRORS", message: expect.stringContaining(`${VOGUEZEN_INVOICE} : refusé, 3 erreur(s) de lint`) });
    expect(new Set(plan.failures[0]!.lintErrors!.map((e) => `${e.file} ${e.ruleId}`))).toEqual(new Set(["terms/voguezen/seller.yaml seller-identification-incomplete"]));
    const exported = planExport(options([VOGUEZEN_INVOICE], false));
    expect([exported.invoices, exported.failures.map((f) => f.code)]).toEqual([[], ["LINT_ERRORS"]]);
  });

  it("--force keeps it, flagged as forced for the renderer, with a warning; a clean document is not flagged", () => {
    // The clean document is an invoice whose seller file has no gap (test/lint/fixtures): every bundled
    // seller now has one (Pétillances: its Luxembourg VAT and RCS numbers, since the Luxembourg profile).
    const plan = planBatch(options([VOGUEZEN_INVOICE, CLEAN_INVOICE], true));
    expect(plan.failures).toEqual([]);
    expect(plan.documents.map((d) => d.path)).toEqual([VOGUEZEN_INVOICE, CLEAN_INVOICE]);
    expect([...plan.forced].map((d) => d.path)).toEqual([VOGUEZEN_INVOICE]);
    expect(plan.warnings).toEqual([`${VOGUEZEN_INVOICE} : rendu malgré 3 erreur(s) de lint (--force)`]);
  });

  it("render and export plan the same documents from the same folders; each keeps its own kinds", () => {
    const render = planBatch(options(["fixtures"], false));
    const exported = planExport(options(["fixtures"], false));
    const kept = (docs: LoadedDocument[]) => docs.filter((d) => d.kind === "invoice" || d.kind === "credit-note").map((d) => d.path);
    expect(kept(exported.invoices)).toEqual(kept(render.documents));
    expect(exported.invoices.every((d) => d.kind === "invoice" || d.kind === "credit-note")).toBe(true);
    const refused = (failures: { message: string }[]) => failures.map((f) => f.message.split(" : ")[0]).filter((f) => /\/(invoice|credit-note)-/.test(f!));
    expect(refused(exported.failures)).toEqual(refused(render.failures));
  });

  it("the planner itself words nothing: refusals are data", () => {
    const plan = planDocuments({ ...options([VOGUEZEN_INVOICE, "terms/voguezen/seller.yaml"], false), handles: (d): d is LoadedDocument => d.kind === "invoice" });
    expect(plan.refusals.map((r) => r.code)).toEqual(["NOT_HANDLED", "LINT_ERRORS"]);
  });
});
