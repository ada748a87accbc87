// The main job (`npm run main`: validate, lint, render --force) on a project where one document is
// invalid and one is valid but outside the legal data (issue #15, done-when): every other document
// is rendered, the bad ones are named, exit 1. Runs package.json's own script, in a copy.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { BIN, ROOT, STACK_TRACE } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-main-job-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.skipIf(!findChromium())("npm run main with one bad document", () => {
  it("renders every other document, names the bad ones and exits 1", () => {
    for (const seller of ["altairis", "livenote"]) {
      cpSync(join(ROOT, "terms", seller), join(scratch, "terms", seller), { recursive: true });
      cpSync(join(ROOT, "fixtures", seller), join(scratch, "fixtures", seller), { recursive: true });
    }
    const refund = readFileSync(join(ROOT, "fixtures", "altairis", "refund-av-2026-0003.yaml"), "utf8");
    // Valid, but paid before the legal interest data starts (2012).
    writeFileSync(join(scratch, "fixtures", "altairis", "refund-old.yaml"), refund.replace("number: AV-2026-0003", "number: AV-2026-0091").replace('paidOn: "2026-04-09"', 'paidOn: "2011-12-15"'));
    // Invalid: a quantity that is not a number.
    const invoice = readFileSync(join(ROOT, "fixtures", "altairis", "invoice-fa-2026-0042.yaml"), "utf8");
    writeFileSync(join(scratch, "fixtures", "altairis", "invoice-broken.yaml"), invoice.replace("number: FA-2026-0042", "number: FA-2026-0099").replace(/quantity: "[^"]+"/, 'quantity: "deux"'));

    const script = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.main as string;
    const r = spawnSync("sh", ["-c", script.replaceAll("bin/clausier.js", BIN)], { cwd: scratch, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 300_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("erreur interne");
    expect(r.stderr).toContain("fixtures/altairis/refund-old.yaml");
    expect(r.stderr).toContain("fixtures/altairis/invoice-broken.yaml");
    const written = readdirSync(join(scratch, "out"));
    const expected = ["FA-2026-0041", "FA-2026-0042", "AV-2026-0003", "DEV-2026-0012", "LN-2020-0001", "RB-2020-0001", "altairis-cgv", "livenote-cgv"];
    for (const name of expected) expect(written.some((f) => f.startsWith(name) && f.endsWith(".pdf")), name).toBe(true);
    expect(written.some((f) => f.includes("0091") || f.includes("0099"))).toBe(false);
  });
});
