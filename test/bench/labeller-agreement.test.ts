// bench/labeller-agreement.mjs: a second labeller's findings measured against the first labels as the
// linter's reports are (same matching). Invented texts and labels; not timed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const TEXT = ["# CGV Delta", "", "## Article 1 - Paiement", "", "Le prix est payable à la commande.", "", "## Article 2 - Litiges", "", "Tribunal de Lyon.", ""].join("\n");
const entry = (audience: string, findings: string) => `fr-cgv-delta:\n  set: validation\n  asOf: 2024-01-01\n  law: FR\n  audience: ${audience}\n  findings:\n${findings}`;
const item = (rule: string, at: string) => `    - rule: ${rule}\n      ${at}\n      reason: "test"\n`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(firstLabels: string, secondLabels?: string) {
  const dir = mkdtempSync(join(tmpdir(), "clausier-agreement-"));
  dirs.push(dir);
  mkdirSync(join(dir, "texts"));
  writeFileSync(join(dir, "texts/fr-cgv-delta.md"), TEXT);
  writeFileSync(join(dir, "labels.yaml"), firstLabels);
  if (secondLabels !== undefined) {
    mkdirSync(join(dir, "second-labelling"));
    writeFileSync(join(dir, "second-labelling/part.yaml"), secondLabels);
  }
  const r = spawnSync(process.execPath, [join(ROOT, "bench/labeller-agreement.mjs"), "--corpus", dir, "--json"], { encoding: "utf8" });
  return { code: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

describe("labeller agreement", () => {
  it("measures the second labeller as the linter is measured: same rule, within the first's anchor ±1, one to one", () => {
    const first = entry("b2b", item("early-payment-discount-missing", 'anchor: "## Article 1 - Paiement"') + item("recovery-indemnity-missing", 'anchor: "## Article 1 - Paiement"'));
    // The second places the escompte in the payment clause's text (matches), the indemnity at the disputes clause (does not),
    // and adds a finding the first does not have; its audience differs.
    const second = entry("mixed", item("early-payment-discount-missing", "line: 5") + item("recovery-indemnity-missing", 'anchor: "Tribunal de Lyon."') + item("consumer-mediator-missing", 'anchor: "## Article 2 - Litiges"'));
    const r = run(first, second);
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ texts: 1, law: 1, audience: 0, overall: { findings: 2, matched: 1, reports: 3 } });
  });

  it("stops with exit 2 when there is no second labelling, or a second label is malformed", () => {
    const first = entry("b2b", item("early-payment-discount-missing", 'anchor: "## Article 1 - Paiement"'));
    expect(run(first).code).toBe(2);
    const bad = run(first, entry("b2b", item("no-such-rule", "line: 5")));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("second-labelling/part.yaml");
  });
});
