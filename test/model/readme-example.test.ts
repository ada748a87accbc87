// The README's annotated terms example is a real, valid terms file.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { ROOT } from "../helpers/cli.js";

it("the README's terms example validates", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const example = /## The terms format[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), "clausier-readme-"));
  copyFileSync(join(ROOT, "terms/altairis/seller.yaml"), join(dir, "seller.yaml"));
  writeFileSync(join(dir, "cgv.yaml"), example!);
  const ws = new Workspace(dir);
  expect(ws.load(join(dir, "cgv.yaml"))?.kind).toBe("terms");
  expect(ws.allDiagnostics()).toEqual([]);
});
