import type { Root } from "mdast";
import type { Law as ProfileLaw } from "../legal/law.js";
import type { LegalBasisId } from "../legal/bases.js";
import type { IsoDate } from "../legal/dates.js";
import type { CreditNote, Invoice, LoadedDocument, Quote, RefundStatement, Seller, Terms } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import type { JsonPath } from "../model/positions.js";
import type { SourceRange } from "../model/diagnostics.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";
export type Audience = "b2b" | "b2c" | "mixed";
/**
 * The law a document is judged by: an ISO 3166-1 alpha-2 country code ("FR", "BE", "CH"). Clausier
 * has profiles for FR and LU (src/legal/law.ts); under any other law only the "any" rules run.
 */
export type Law = string;
/** What a rule's checks depend on: the French or Luxembourg profile, or no national law ("any"). */
export type RuleJurisdiction = ProfileLaw | "any";
/** Where a prose document's law or audience came from (the first one given wins, in this order). */
export type ScopeSource = "front-matter" | "option" | "config" | "inferred" | "default";

/** The words a law or audience was inferred from, and where they are. */
export interface ScopeEvidence {
  text: string;
  range: SourceRange;
}

/** How a prose document's law and audience were decided (docs/scope.md). */
export interface DocumentScope {
  lawSource: ScopeSource;
  audienceSource: ScopeSource;
  /** The strongest evidence of the law, when inferred. */
  lawEvidence?: ScopeEvidence;
  /** A clue of another country's law that the inference set aside (docs/scope.md). */
  lawAgainst?: ScopeEvidence;
  /** Two countries' clues that tied: the law was not inferred. */
  lawConflict?: ScopeEvidence[];
  /** The evidence of the audience, when inferred (a consumer and a professional marker for "mixed"). */
  audienceEvidence?: ScopeEvidence[];
  /** The audience is presumed "b2c": the text shows no sign of a professional client at all (docs/scope.md). */
  audiencePresumed?: boolean;
}
export type LintDocumentKind = "terms" | "invoice" | "quote" | "refund" | "credit-note";
/** facts: a Clausier YAML/JSON file (structured facts and clauses); prose: a Markdown or text document. */
export type LintMode = "facts" | "prose";

/** A rule's message in both locales; `basis` when it rests on fewer bases than the rule (one article of several). */
export interface RuleMessage extends Record<Locale, string> {
  basis?: LegalBasisId[];
}

export type Messages = Record<string, RuleMessage>;


export interface RuleMeta {
  /** Stable id: users configure it, CI depends on it. */
  id: string;
  description: Record<Locale, string>;
  severity: Severity;
  category: "payment" | "identification" | "vat" | "consumer" | "jurisdiction" | "citations" | "consistency" | "documents";
  /**
   * What the rule rests on, as ids of src/legal/bases.ts (FR, LU and EU alike): a finding cites
   * those of its document's law (basesForLaw), unless its message or its report names its own.
   */
  legalBasis: LegalBasisId[];
  /**
   * The date the obligation checked came into force, whatever its article's number today (the 40 €
   * indemnity: 2013-01-01). Documents judged by an earlier --as-of date are not checked.
   */
  appliesFrom?: IsoDate;
  /** Where the rule is documented, when not docs/rules/<id>.md (the e-invoice checks: docs/einvoicing.md). */
  docsUrl?: string;
  /** A safe rewrite exists (applied by --fix). */
  fixable: boolean;
  /** Rewrites that could change the meaning are offered as suggestions, never applied by --fix. */
  hasSuggestions: boolean;
  appliesTo: {
    documents: LintDocumentKind[];
    modes: LintMode[];
    /** "any": the rule also runs under a law Clausier has no profile for. */
    jurisdictions: RuleJurisdiction[];
    audiences: Audience[];
  };
  /** Message templates by id, with {placeholders} filled from the report's data. */
  messages: Messages;
}

/** A replacement of the file's text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  messageId: string;
  data?: Record<string, unknown>;
  fix: TextEdit;
}

export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  range: SourceRange;
  /** The file the range is in, when not the document's own (a seller file). */
  file?: string;
  /**
   * "info" for an informational note inside a stricter rule (a court renamed during an experiment,
   * a bare statute citation): it is never shown above info, whatever the rule's severity. "warning"
   * likewise for a caveat inside an error rule (checks skipped for want of a fact).
   */
  severity?: "info" | "warning";
  fix?: TextEdit;
  suggestions?: Suggestion[];
  /** The bases this finding rests on, when they depend on the finding (else its message's, else the rule's for the document's law). */
  legalBasis?: LegalBasisId[];
}

/** One clause, in a terms file or recovered from a prose document's headings and numbering. */
export interface LintClause {
  index: number;
  id: string;
  number?: string;
  title: string;
  /**
   * The clause's words as a reader sees them: its Markdown without syntax ("de **40 €**" reads
   * "de 40 €"). Rules search this; every offset maps back to the file through locate and fileRange.
   */
  body: string;
  /** The body as written (Markdown). */
  markdown: string;
  /** The body's Markdown tree (unified + remark-parse). */
  tree(): Root;
  /** The file range of body offsets [start, end). */
  locate(start: number, end: number): SourceRange;
  /**
   * The file offsets of body offsets [start, end), for fixes; undefined where the words are not
   * written as one run in the file (Markdown syntax inside, a folded YAML scalar).
   */
  fileRange(start: number, end: number): { start: number; end: number } | undefined;
  titleRange: SourceRange;
}

export interface LintDocument {
  /** Path as shown to users. */
  path: string;
  absPath: string;
  mode: LintMode;
  kind: LintDocumentKind;
  /** The whole file, as read (fixes edit it). */
  text: string;
  law: Law;
  audience: Audience;
  /** Prose only: how law and audience were decided. */
  scope?: DocumentScope;
  /** The date the document speaks from: terms' effective date, an invoice's issue date. */
  date?: IsoDate;
  clauses: LintClause[];
  /** Structured facts (facts mode only). */
  terms?: Terms;
  seller?: Seller;
  invoice?: Invoice;
  quote?: Quote;
  refund?: RefundStatement;
  creditNote?: CreditNote;
  /** The model document (facts mode), with resolved references (an invoice's terms, …). */
  loaded?: LoadedDocument;
  /** The range of a fact; the closest existing parent key when it is missing. */
  locateFact(path: JsonPath): SourceRange;
  /** Prose only: the clause where a fact belongs (by its title), when the text has one. */
  clauseOfFact?(path: JsonPath): SourceRange | undefined;
  /** The range of a seller fact, in the seller file or inline. */
  locateSellerFact(path: JsonPath): SourceRange & { file: string };
}

export interface RuleContext {
  doc: LintDocument;
  /** Other documents of the same seller in this run (CGT and CGU; a seller's invoices). */
  related: LintDocument[];
  /**
   * Every document of the same seller in this run, this one included, in the run's order: the same
   * array for each of them, so that a rule comparing a document with all the others can index the
   * group once (a WeakMap keyed by it) instead of scanning it for every document.
   */
  group: readonly LintDocument[];
  /** The date whose law applies (--as-of, default today). */
  asOf: IsoDate;
  locale: Locale;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finding as reporters see it. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set when the finding is in another file than the document linted (a seller file). */
  file?: string;
  fix?: TextEdit;
  suggestions?: Array<{ desc: string; fix: TextEdit }>;
  /** The legal bases the finding rests on (reporters print them; messages do not repeat articles). */
  legalBasis?: LegalBasisId[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Present with --fix: the text after fixes. */
  output?: string;
  /** Prose documents: the law and audience they were judged by, and where each came from. */
  scope?: { law: Law; audience: Audience; lawSource: ScopeSource; audienceSource: ScopeSource };
}
