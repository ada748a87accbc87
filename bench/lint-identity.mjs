// Checks that a lint speed change left the findings alone: the JSON report of `clausier lint` over
// terms/, fixtures/ and a generated corpus (sellers and versions, as bench/lint-speed.mjs) must be
// byte-identical between a reference build and this one, and across the given option sets.
// Run after `npm run build`, with a copy of the reference build (its bin/, dist/, schemas/, generated/):
//   node bench/lint-identity.mjs --reference /tmp/base/bin/clausier.js [--n 40] [--variant="--concurrency 2"]...
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { reference: { type: "string" }, n: { type: "string", default: "40" }, variant: { type: "string", multiple: true, default: [] } } });
const repo = new URL("..", import.meta.url).pathname;
const bin = join(repo, "bin/clausier.js");
const AS_OF = "2026-11-23";
const n = Number(values.n);

const root = mkdtempSync(join(tmpdir(), "clausier-lint-identity-"));
const seller = readFileSync(join(repo, "terms/altairis/seller.yaml"), "utf8");
const cgv = readFileSync(join(repo, "terms/altairis/cgv.yaml"), "utf8");
const pad = (i) => String(i).padStart(4, "0");
for (let i = 0; i < n; i++) {
  const dir = join(root, "sellers", `s${pad(i)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "seller.yaml"), seller.replace("id: altairis", `id: s${pad(i)}`).replace("legalName: Altairis", `legalName: Altairis ${i}`));
  writeFileSync(join(dir, "cgv.yaml"), cgv.replace("id: altairis-cgv", `id: s${pad(i)}-cgv`));
}
mkdirSync(join(root, "versions"), { recursive: true });
writeFileSync(join(root, "versions/seller.yaml"), seller);
for (let i = 0; i < n; i++) writeFileSync(join(root, "versions", `cgv-${pad(i)}.yaml`), cgv.replace("id: altairis-cgv", `id: altairis-cgv-${pad(i)}`));

function report(clausier, cwd, paths, extra = []) {
  const r = spawnSync(process.execPath, [clausier, "lint", ...paths, "--as-of", AS_OF, "-f", "json", ...extra], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${paths.join(" ")} ${extra.join(" ")}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

let failed = 0;
try {
  for (const [cwd, paths] of [
    [repo, ["terms", "fixtures"]],
    [root, ["sellers", "versions"]],
  ]) {
    const expected = values.reference ? report(values.reference, cwd, paths) : report(bin, cwd, paths);
    for (const variant of [[], ...values.variant.map((v) => v.split(" "))]) {
      const same = report(bin, cwd, paths, variant) === expected;
      if (!same) failed++;
      console.log(`${same ? "same" : "DIFFERENT"}: ${paths.join(" ")} ${variant.join(" ")} (${expected.length} bytes)`);
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
