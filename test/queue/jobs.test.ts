// Render jobs as data: the bundle carries the document and what it relies on, the id is its content's hash.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FilePolicy, Workspace } from "../../src/model/index.js";
import type { RenderableDocument } from "../../src/render/render.js";
import { bundleOf, jobIdOf, materialize, outputNameOf, readJobData, type RenderJobData } from "../../src/queue/jobs.js";
import { INVOICE, makeProject } from "../serve/project.js";

const project = makeProject();
afterAll(() => project.remove());
/** The job of a document of the project at `root`, as enqueue makes it once render's planner has loaded it. */
function bundleIn(root: string, path: string, draft = false) {
  const files = new FilePolicy(root, { root });
  const workspace = new Workspace(root, undefined, files, "en");
  const doc = workspace.load(path);
  if (!doc) throw new Error(`${path} does not load`);
  return bundleOf(doc as RenderableDocument, workspace, { files, locale: "en", to: "pdf", draft });
}
const bundle = (path: string, draft = false) => bundleIn(project.root, path, draft);

describe("render job bundles", () => {
  it("carries the document and the terms and seller it cites, by path under the root", () => {
    const outcome = bundle(INVOICE);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.data.entry).toBe(INVOICE);
    expect(Object.keys(outcome.data.files)).toEqual(expect.arrayContaining([INVOICE, "terms/petillances/cg.yaml", "terms/petillances/seller.yaml"]));
    expect(outcome.data.files[INVOICE]).toEqual({ text: project.invoice });
  });

  it("renders from the bundle alone: materialized in an empty folder, every file is there", () => {
    const outcome = bundle(INVOICE);
    if (!outcome.ok) throw new Error(outcome.message);
    const dir = mkdtempSync(join(tmpdir(), "clausier-bundle-"));
    try {
      materialize(outcome.data, dir);
      expect(readFileSync(join(dir, "terms/petillances/seller.yaml"), "utf8")).toBe(readFileSync(join(project.root, "terms/petillances/seller.yaml"), "utf8"));
      const again = bundleIn(dir, INVOICE);
      expect(again.ok && jobIdOf(again.data)).toBe(jobIdOf(outcome.data));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same id to the same content, another to other content or options", () => {
    const a = bundle(INVOICE);
    const b = bundle(INVOICE);
    const draft = bundle(INVOICE, true);
    if (!a.ok || !b.ok || !draft.ok) throw new Error("not bundled");
    expect(jobIdOf(a.data)).toBe(jobIdOf(b.data));
    expect(jobIdOf(draft.data)).not.toBe(jobIdOf(a.data));
    const seller = join(project.root, "terms/petillances/seller.yaml");
    const before = readFileSync(seller, "utf8");
    try {
      writeFileSync(seller, `${before}\n# edited\n`);
      const edited = bundle(INVOICE);
      expect(edited.ok && jobIdOf(edited.data)).not.toBe(jobIdOf(a.data));
    } finally {
      writeFileSync(seller, before);
    }
  });

  it("names the output after the job, and reads back only jobs whose paths stay in the scratch folder", () => {
    expect(outputNameOf("3f9a2b1c4d5e6f7a", "FA-2026-0101.pdf")).toBe("FA-2026-0101.3f9a2b1c4d5e.pdf");
    const good: RenderJobData = { format: 1, entry: "a.yaml", files: { "a.yaml": { text: "x" } }, to: "pdf", draft: false };
    expect(readJobData(good)).toEqual(good);
    for (const key of ["../a.yaml", "/etc/passwd", "a/../../b.yaml", "a\\b.yaml"])
      expect(typeof readJobData({ ...good, entry: key, files: { [key]: { text: "x" } } })).toBe("string");
    expect(typeof readJobData({ ...good, format: 2 })).toBe("string");
  });
});
