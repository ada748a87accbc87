import { findAll, findFirst, fold } from "../../scan/text.js";
import type { LintClause } from "../../types.js";
import type { SourceRange } from "../../../model/diagnostics.js";
import { LEGAL_FORM_ACRONYMS, LEGAL_FORM_WORDS } from "../../scan/identity.js";
import { COMPANY_ACRONYMS, COMPANY_WORDS, type Passage, findFirstCased, givesAnAddress } from "./blocks.js";

// A seller's name line in its block: a legal-name label (« Nom de l'entreprise : », « Raison sociale | »), or a
// line with a legal form; the line of the identity mention otherwise (« LUMIO – Entreprise immatriculée sous le SIRET … »).
const BLOCK_NAME_LABEL = /(?<![a-z])(?:raison sociale|denomination(?: sociale)?|nom(?: de l'entreprise| de la societe| commercial)?|enseigne|editeur|vendeur|prestataire|proprietaire|exploitant)\s*(?:\*\*)?\s*[:|]/;

export function blockNameLine(passage: Passage): SourceRange {
  const body = passage.clause.body;
  const anchorLineStart = body.lastIndexOf("\n", passage.anchor - 1) + 1;
  const lineEnd = (at: number) => (body.indexOf("\n", at) < 0 ? body.length : body.indexOf("\n", at));
  for (let at = body.lastIndexOf("\n", passage.start - 1) + 1; at <= anchorLineStart; at = lineEnd(at) + 1) {
    const line = body.slice(at, lineEnd(at));
    const names = BLOCK_NAME_LABEL.test(fold(line)) || LEGAL_FORM_ACRONYMS.test(line) || findFirst(line, LEGAL_FORM_WORDS) !== undefined;
    if (names && !/\bheberg/.test(fold(line)) && line.trim()) {
      // « micro-entrepreneur » alone under « Jeanne Martin »: a status line names no one; the name above it does.
      const atop = namesNoOne(line) ? nameAtopBlock(body, at) : undefined;
      if (atop) return passage.clause.locate(atop.start, atop.end);
      return passage.clause.locate(at + line.length - line.trimStart().length, at + line.trimEnd().length);
    }
  }
  const atop = nameAtopBlock(body, anchorLineStart);
  if (atop) return passage.clause.locate(atop.start, atop.end);
  const line = body.slice(anchorLineStart, lineEnd(anchorLineStart));
  return passage.clause.locate(anchorLineStart + line.length - line.trimStart().length, anchorLineStart + line.trimEnd().length);
}

/** A line with a form or a status and no name: nothing capitalised is left once the form and a label are taken out. */
function namesNoOne(line: string): boolean {
  let rest = line;
  for (const m of findAll(line, LEGAL_FORM_WORDS)) rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  rest = rest.replace(new RegExp(LEGAL_FORM_ACRONYMS.source, "gu"), " ").replace(/^[^:|]{0,30}[:|]/u, " ");
  return !/\p{Lu}/u.test(rest);
}

// « Jeanne Martin » then « micro-entrepreneur », « SIRET … » on the lines under it: a short capitalised line with no
// number, no label and no full stop, above the identity mention's line in the same paragraph (a status line such as
// « apiculteur » between them), is the name atop the block, where « EI », a form or a number is written.
const NAME_ATOP_MAX = 60;
const LINES_UP = 3;

function nameAtopBlock(body: string, lineStart: number): { start: number; end: number } | undefined {
  let end = lineStart - 1;
  for (let up = 0; up < LINES_UP && end >= 0; up++) {
    const start = body.lastIndexOf("\n", end - 1) + 1;
    const line = body.slice(start, end);
    const name = line.replace(/\*+/g, "").trim();
    if (!name || /[\d:|.;]/.test(name) || /\bheberg/.test(fold(name))) return undefined;
    if (name.length <= NAME_ATOP_MAX && /^\p{Lu}/u.test(name)) {
      const lead = line.length - line.trimStart().length;
      return { start: start + lead, end: start + line.trimEnd().length };
    }
    end = start - 1;
  }
  return undefined;
}

// « **DestockPro SAS** » alone on its line (or read as a bold heading), its address on the next line: the seller's own
// block (a contact or legal-notice block), whatever its clause is called. The reader's cue is the layout: a short line
// with a company form, then an address.
const BLOCK_NAME_MAX = 60;
const hasCompanyForm = (text: string) => findFirstCased(text, COMPANY_ACRONYMS) !== undefined || findFirst(text, COMPANY_WORDS) !== undefined;
const nextLine = (body: string, from: number) => body.slice(from).split("\n").find((l) => l.trim()) ?? "";

export function nameAtopAddress(own: Array<{ clause: LintClause; body: string }>): SourceRange | undefined {
  for (const { clause, body } of own) {
    const title = clause.title?.replace(/\*+/g, "").trim();
    if (title && title.length <= BLOCK_NAME_MAX && hasCompanyForm(title) && givesAnAddress(nextLine(body, 0))) return clause.titleRange;
    let offset = 0;
    for (const line of body.split("\n")) {
      const name = line.replace(/\*+/g, "").trim();
      if (name && name.length <= BLOCK_NAME_MAX && !/[.;:]$/.test(name) && hasCompanyForm(name) && givesAnAddress(nextLine(body, offset + line.length + 1))) {
        const lead = line.length - line.trimStart().length;
        return clause.locate(offset + lead, offset + line.trimEnd().length);
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}
