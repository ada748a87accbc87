// A user's legal-data file (schemas/legal-data.schema.json): read under the file policy, parsed,
// validated, each entry kept with its file:line:column so a conflict with the built-in data is
// reported where the user wrote it. Merging is src/legal/rates.ts's job (a layer to the right).
import type { Diagnostic } from "./diagnostics.js";
import type { ClausierUserSuppliedLegalData } from "./generated/legal-data.js";
import type { Workspace } from "./load.js";
import { locate, type JsonPath } from "./positions.js";
import { validate } from "./schemas.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { decodeText, parseSource } from "./source-file.js";

export interface EntryOrigin {
  file: string;
  line: number;
  column: number;
}

type FrEntry = NonNullable<ClausierUserSuppliedLegalData["frLegalInterestRates"]>[number];
type EcbEntry = NonNullable<ClausierUserSuppliedLegalData["ecbMainRefinancingRates"]>[number];

export interface LegalDataFile {
  path: string;
  frSemesters: Array<FrEntry & { origin: EntryOrigin }>;
  ecbSteps: Array<EcbEntry & { origin: EntryOrigin }>;
}

export function readLegalDataFile(workspace: Workspace, absPath: string): { ok: true; file: LegalDataFile } | { ok: false; diagnostics: Diagnostic[] } {
  const shown = workspace.display(absPath);
  const read = workspace.read(absPath);
  if (!read.ok) return read;
  const decoded = decodeText(shown, read.bytes, workspace.locale);
  if (!decoded.ok) return decoded;
  const parsed = parseSource(shown, decoded.text, workspace.locale);
  if (!parsed.ok) return parsed;
  const { source, data } = parsed;
  const errors = validate("legal-data", data);
  if (errors.length) return { ok: false, diagnostics: schemaDiagnostics(source, errors, workspace.locale, "legal-data") };
  const at = (path: JsonPath): EntryOrigin => {
    const r = locate(source, path);
    return { file: shown, line: r.line, column: r.column };
  };
  const d = (data ?? {}) as ClausierUserSuppliedLegalData;
  return {
    ok: true,
    file: {
      path: shown,
      frSemesters: (d.frLegalInterestRates ?? []).map((e, i) => ({ ...e, origin: at(["frLegalInterestRates", i]) })),
      ecbSteps: (d.ecbMainRefinancingRates ?? []).map((e, i) => ({ ...e, origin: at(["ecbMainRefinancingRates", i]) })),
    },
  };
}
