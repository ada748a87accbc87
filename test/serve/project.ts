// A throw-away project for the serve tests: the Pétillances terms and documents, with the seller's
// RCS and VAT numbers filled in so that its invoices pass the lint gate; terms/as-bundled keeps them
// missing (lint errors).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/cli.js";

export const INVOICE = "fixtures/petillances/invoice-fp-2026-0118.yaml";

export function makeProject(): { root: string; invoice: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), "clausier-serve-"));
  for (const dir of ["terms/petillances", "fixtures/petillances"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  // As bundled: the seller's missing numbers are lint errors of every invoice of these terms.
  cpSync(join(ROOT, "terms/petillances"), join(root, "terms/as-bundled"), { recursive: true });
  const seller = join(root, "terms/petillances/seller.yaml");
  writeFileSync(seller, readFileSync(seller, "utf8").replace("  regime: liable", "  regime: liable\n  number: LU12345613\nrcs:\n  city: Luxembourg\n  number: B123456"));
  return { root, invoice: readFileSync(join(root, INVOICE), "utf8"), remove: () => rmSync(root, { recursive: true, force: true }) };
}
