// The official e-invoice validator (validate-einvoice in ../shared/validators: beside the project,
// two levels up from a worktree, or where CLAUSIER_SHARED names the shared folder), run on many
// files per call. Tests skip when it is absent.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CANDIDATES = [
  ...(process.env.CLAUSIER_SHARED ? [join(process.env.CLAUSIER_SHARED, "validators", "validate-einvoice")] : []),
  ...["../../../shared/validators/validate-einvoice", "../../../../shared/validators/validate-einvoice"].map((c) => fileURLToPath(new URL(c, import.meta.url))),
];

export const validator: string | undefined = CANDIDATES.find((p) => existsSync(p));

export interface Finding {
  id: string;
  severity: "fatal" | "warning";
  text: string;
}

/** Fatal rule ids per file (the Factur-X schematron's own id replaced by the EN 16931 rule it restates). */
export function fatalRules(files: string[], options: { fr: boolean }): Map<string, string[]> {
  if (!validator) throw new Error("validate-einvoice absent");
  const args = ["--json", ...(options.fr ? ["--fr"] : []), ...files];
  let stdout: string;
  try {
    stdout = execFileSync(validator, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    // Exit 1: some file invalid, the report is still on stdout; exit 2 is a setup error.
    const e = error as { status?: number; stdout?: string; stderr?: string };
    if (e.status !== 1 || !e.stdout) throw new Error(`validate-einvoice: ${e.stderr ?? String(error)}`);
    stdout = e.stdout;
  }
  const report = JSON.parse(stdout) as { results: { file: string; findings?: { severity: string; id: string; rule?: string }[] }[] };
  return new Map(report.results.map((r) => [r.file, [...new Set((r.findings ?? []).filter((f) => f.severity === "fatal").map((f) => f.rule ?? f.id))].sort()]));
}
