// GitLab Code Quality: the JSON array GitLab reads from `artifacts:reports:codequality` and shows in
// merge requests. Paths are from the repository root (CI_PROJECT_DIR), fingerprints stable across
// runs so GitLab can tell new findings from fixed ones.
import { createHash } from "node:crypto";
import type { Severity } from "../types.js";
import type { Reporter } from "./index.js";
import { citedMessage } from "./labels.js";
import { relativeToRoot } from "./locations.js";
import { resolve } from "node:path";

/** GitLab's scale: info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, "info" | "minor" | "major"> = { error: "major", warning: "minor", info: "info" };

export const gitlab: Reporter = (results, { cwd, env }) => {
  const root = env.CI_PROJECT_DIR ? resolve(env.CI_PROJECT_DIR) : resolve(cwd);
  const seen = new Map<string, number>();
  const issues = results.flatMap((r) => {
    const path = relativeToRoot(r.filePath, cwd, root) ?? resolve(cwd, r.filePath);
    return r.messages.map((m) => {
      // The same finding twice in a file (two identical clauses) still gets two fingerprints.
      const key = `${path}\0${m.ruleId}\0${m.message}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return {
        type: "issue",
        check_name: m.ruleId,
        description: citedMessage(m),
        severity: SEVERITY[m.severity],
        categories: ["Bug Risk"],
        fingerprint: createHash("sha256").update(`${key}\0${occurrence}`).digest("hex"),
        location: { path, lines: { begin: m.line, end: m.endLine } },
      };
    });
  });
  return { text: `${JSON.stringify(issues, null, 2)}\n` };
};
