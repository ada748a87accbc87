// clausier lint --concurrency (issue #14): files split by folder between threads must give the
// findings, order and cache of the sequential run, also when the split cuts a seller's group.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";
import { splitByFolder, threadsFor, PARALLEL_THRESHOLD } from "../../src/lint/parallel.js";

const dir = mkdtempSync(join(tmpdir(), "clausier-lint-concurrency-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seller = readFileSync(join(ROOT, "terms/altairis/seller.yaml"), "utf8");
const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8");
const project = join(dir, "project");
for (let i = 0; i < 6; i++) {
  const folder = join(project, `s${i}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "seller.yaml"), seller.replace("id: altairis", `id: s${i}`).replace("legalName: Altairis", `legalName: Altairis ${i}`));
  // One seller's terms with a wrong jurisdiction, so that findings differ between groups.
  writeFileSync(join(folder, "cgv.yaml"), cgv.replace("id: altairis-cgv", `id: s${i}-cgv`).replace("governingLaw: FR", i === 2 ? "governingLaw: LU" : "governingLaw: FR"));
}
// Versions of one seller's terms in two folders under it: a split by folder cuts the group.
mkdirSync(join(project, "versions/a"), { recursive: true });
mkdirSync(join(project, "versions/b"), { recursive: true });
writeFileSync(join(project, "versions/seller.yaml"), seller);
for (const [sub, n] of [["a", 1], ["a", 2], ["b", 3]] as const) writeFileSync(join(project, `versions/${sub}/cgv-${n}.yaml`), cgv.replace("id: altairis-cgv", `id: altairis-cgv-${n}`).replace('effectiveDate: "2022-09-01"', `effectiveDate: "202${n}-09-01"`));

const hooks = join(dir, "hooks.mjs");
writeFileSync(hooks, 'export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n');
writeFileSync(join(dir, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

// A worker thread starts from lint-worker.js: the CLI's (esbuild bundle, dist/bundle/) or the library's (dist/lint/).
const WORKER_LOADED = /\/dist\/(lint|bundle)\/lint-worker\.js/;

function lint(paths: string[], extra: string[]) {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, "lint", ...paths, "--as-of", "2026-11-23", "-f", "json", ...extra], { cwd: project, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, threaded: WORKER_LOADED.test(r.stderr) };
}

describe("clausier lint --concurrency", () => {
  it("gives the sequential run's report, on threads, whether or not the split cuts a group", () => {
    const sequential = lint(["."], ["--concurrency", "1"]);
    expect(sequential.status).toBe(1);
    expect(sequential.threaded).toBe(false);
    expect(JSON.parse(sequential.stdout).length).toBeGreaterThan(10);
    for (const [paths, threads] of [[["."], "2"], [["."], "3"], [["s0", "s1", "s2", "s3"], "2"]] as const) {
      const parallel = lint([...paths], ["--concurrency", threads]);
      expect(parallel.threaded, `${paths} ${threads}`).toBe(true);
      const expected = paths.length === 1 ? sequential.stdout : lint([...paths], ["--concurrency", "1"]).stdout;
      expect(parallel.stdout, `${paths} ${threads}`).toBe(expected);
    }
  });

  it("fills and replays the cache as the sequential run does", () => {
    const cache = (name: string) => ["--cache", "--cache-location", join(dir, name)];
    const sequential = lint(["."], ["--concurrency", "1", ...cache("sequential")]);
    const first = lint(["."], ["--concurrency", "2", ...cache("parallel")]);
    expect(first.stdout).toBe(sequential.stdout);
    expect(readFileSync(join(dir, "parallel"), "utf8")).toBe(readFileSync(join(dir, "sequential"), "utf8"));
    const written = readFileSync(join(dir, "parallel"), "utf8");
    const replayed = lint(["."], ["--concurrency", "2", ...cache("parallel")]);
    expect(replayed.stdout).toBe(sequential.stdout);
    expect(readFileSync(join(dir, "parallel"), "utf8")).toBe(written);
  });

  it("stays in one thread when the configuration brings legal data (applied in this thread only)", () => {
    const withData = join(dir, "with-legal-data");
    for (const i of [0, 1]) {
      mkdirSync(join(withData, `s${i}`), { recursive: true });
      writeFileSync(join(withData, `s${i}/seller.yaml`), seller.replace("id: altairis", `id: s${i}`));
      writeFileSync(join(withData, `s${i}/cgv.yaml`), cgv.replace("id: altairis-cgv", `id: s${i}-cgv`));
    }
    mkdirSync(join(withData, "legal-data"));
    writeFileSync(join(withData, "clausier.config.yaml"), 'legalData: ["legal-data/*.yaml"]\n');
    writeFileSync(
      join(withData, "legal-data/2026.yaml"),
      ["frLegalInterestRates:", "  - semester: 2026-S2", '    professional: "2.75"', '    consumer: "6.84"', "    source: { title: Arrêté (valeur de test), published: 2026-06-30 }", ""].join("\n"),
    );
    const run = (threads: string) => spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, "lint", "s0", "s1", "--as-of", "2026-11-23", "-f", "json", "--concurrency", threads], { cwd: withData, encoding: "utf8" });
    const parallel = run("2");
    expect(parallel.status, parallel.stderr).toBe(1);
    expect(parallel.stderr).not.toMatch(WORKER_LOADED);
    expect(parallel.stdout).toBe(run("1").stdout);
  });

  it("refuses a value that is neither auto nor a number of threads", () => {
    const r = lint(["."], ["--concurrency", "zero"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--concurrency zero");
  });
});

describe("splitting files between threads", () => {
  it("keeps each folder whole and balances the parts", () => {
    const files = ["/p/a/1", "/p/a/2", "/p/a/3", "/p/b/1", "/p/b/2", "/p/c/1", "/p/d/1"];
    const parts = splitByFolder(files, 2);
    expect(parts).toEqual([["/p/a/1", "/p/a/2", "/p/a/3", "/p/d/1"], ["/p/b/1", "/p/b/2", "/p/c/1"]]);
    expect(splitByFolder(["/p/a/1", "/p/a/2"], 4)).toEqual([["/p/a/1", "/p/a/2"]]);
  });

  it("uses threads on auto only from the threshold on", () => {
    expect(threadsFor("auto", PARALLEL_THRESHOLD - 1)).toBe(1);
    expect(threadsFor(1, 10_000)).toBe(1);
    expect(threadsFor(4, 2)).toBe(2);
  });
});
