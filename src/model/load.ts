import { basename, dirname, relative, resolve } from "node:path";
import { capDiagnostics, MAX_DIAGNOSTICS_PER_FILE } from "./diagnostic-cap.js";
import { diagnostic, type Diagnostic, type SourceRange } from "./diagnostics.js";
import {
  DOCUMENT_KINDS,
  TERMS_KINDS,
  type LoadedConfig,
  type LoadedCreditNote,
  type LoadedDocument,
  type LoadedInvoice,
  type LoadedQuote,
  type LoadedRefund,
  type LoadedSeller,
  type LoadedSuppressions,
  type LoadedTerms,
  type Located,
  type Seller,
} from "./documents.js";
import { findFactRefs, isScalarValue, lookupFact } from "./facts.js";
import { displayPath, fileProblemDiagnostic, FilePolicy, isRegularFile, type FilePolicyOptions } from "./file-policy.js";
import { format, type Locale } from "./locale.js";
import { loaderMessages, refusalReasons } from "./messages.js";
import { markdownOverBudget, MAX_MARKDOWN_DELIMITERS } from "./markdown-budget.js";
import { locate, locateInString, pathToString, type JsonPath } from "./positions.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { validate, type DocumentKind } from "./schemas.js";
import { clip } from "./quote-value.js";
import { decodeText, MAX_FILE_BYTES, parseSource, type ParsedFiles, type SourceFile } from "./source-file.js";

type Outcome = { ok: true; doc: LoadedDocument } | { ok: false };

/** The lines of an invoice, a quote or a credit note, as the schema let them through. */
type LineDocument = { lines?: Array<{ quantity: string | number; unitPrice: string | number }> };

/** A decimal of the schema (text or number) below zero; "-0" is zero. */
function isNegative(value: string | number): boolean {
  return typeof value === "number" ? value < 0 : /^-/.test(value) && /[1-9]/.test(value);
}


/** References followed in a chain before giving up: deep enough for any real contract, shallow enough for the stack. */
export const MAX_REFERENCE_DEPTH = 64;

export function isConfigFile(path: string): boolean {
  return /^clausier\.config\.(ya?ml|json)$/.test(basename(path));
}

/** Written by `lint --suppress-all` at the project root; validated like every other input. */
export const SUPPRESSIONS_FILE = "clausier-suppressions.json";

/**
 * Loads Clausier files and the files they reference, once each. Never throws for bad input:
 * every problem becomes a diagnostic attached to the file it is in.
 */
export class Workspace {
  private readonly outcomes = new Map<string, Outcome>();
  /** Files loaded with loadAs: their kind is not read from their name or content. */
  private readonly forcedKinds = new Map<string, "config">();
  /** Real paths of the files being loaded, in reference order: cycles and depth are judged on them. */
  private readonly loading = new Set<string>();
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** What may be read: the project root and symlinks (see file-policy.ts). */
  readonly files: FilePolicy;

  /**
   * @param overlay file contents to use instead of the disk (absolute path → text): how
   * `lint --fix-dry-run` lints fixed files without writing them.
   * @param policy the project root (default: `cwd`) and whether symlinks are followed.
   * @param locale the language of the diagnostics' messages.
   */
  constructor(
    private readonly cwd: string = process.cwd(),
    private readonly overlay: ReadonlyMap<string, string> = new Map(),
    policy: FilePolicy | FilePolicyOptions = {},
    readonly locale: Locale = "fr",
    /** Parse results shared with other workspaces (by content); default: each file parsed here. */
    private readonly parsed?: ParsedFiles,
  ) {
    this.files = policy instanceof FilePolicy ? policy : new FilePolicy(cwd, policy);
  }

  private msg(id: keyof typeof loaderMessages, data: Record<string, unknown> = {}): string {
    return format(loaderMessages, id, data, this.locale);
  }

  /**
   * The bytes of a file, from the overlay when it has them, else as the file policy allows:
   * a regular file, within the size limit, not through a symlink leading outside the root.
   */
  read(absPath: string): { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] } {
    const text = this.overlay.get(absPath);
    if (text !== undefined) return { ok: true, bytes: new TextEncoder().encode(text) };
    const read = this.files.read(absPath, MAX_FILE_BYTES);
    return read.ok ? read : { ok: false, diagnostics: [fileProblemDiagnostic(this.display(absPath), read.problem, this.locale)] };
  }

  display(absPath: string): string {
    return displayPath(this.cwd, absPath);
  }

  private report(absPath: string, items: Diagnostic[]): void {
    if (items.length) this.diagnostics.set(absPath, [...(this.diagnostics.get(absPath) ?? []), ...items]);
  }

  allDiagnostics(): Diagnostic[] {
    return [...this.diagnostics.values()].flat();
  }

  /** Loads a file as this kind whatever its name (a configuration named by `extends`). */
  loadAs(path: string, kind: "config"): LoadedDocument | undefined {
    this.forcedKinds.set(resolve(this.cwd, path), kind);
    return this.load(path);
  }

  /** Loads one file (absolute or relative to the working directory). */
  load(path: string): LoadedDocument | undefined {
    const absPath = resolve(this.cwd, path);
    const cached = this.outcomes.get(absPath);
    if (cached) return cached.ok ? cached.doc : undefined;
    const key = this.loadingKey(absPath);
    this.loading.add(key);
    const outcome = this.loadUncached(absPath);
    this.loading.delete(key);
    this.outcomes.set(absPath, outcome);
    return outcome.ok ? outcome.doc : undefined;
  }

  private loadUncached(absPath: string): Outcome {
    const shown = this.display(absPath);
    const read = this.read(absPath);
    if (!read.ok) return this.fail(absPath, read.diagnostics);
    const decoded = decodeText(shown, read.bytes, this.locale);
    if (!decoded.ok) return this.fail(absPath, decoded.diagnostics);
    const parse = () => parseSource(shown, decoded.text, this.locale);
    const parsed = this.parsed ? this.parsed.parse(shown, decoded.text, this.locale, parse) : parse();
    if (!parsed.ok) return this.fail(absPath, parsed.diagnostics);
    const { source, data } = parsed;
    const kind = this.kindOf(absPath, source, data as Record<string, unknown>);
    if (!kind) return { ok: false };
    const errors = validate(kind, data);
    if (errors.length) return this.fail(absPath, schemaDiagnostics(source, errors, this.locale, kind));
    const signs = this.checkSigns(kind, source, data as LineDocument);
    if (signs.length) return this.fail(absPath, capDiagnostics(source.path, signs, this.locale));
    return this.build(kind, absPath, source, data);
  }

  /**
   * Where a line may be negative. A unit price never is (EN 16931 BR-27): a deduction on an invoice or
   * a quote (a « geste commercial ») is a line with a negative quantity at a positive price, a discount
   * an allowance. A credit note's lines are the amounts credited, written positive: the note subtracts them.
   */
  private checkSigns(kind: DocumentKind, source: SourceFile, data: LineDocument): Diagnostic[] {
    if (kind !== "invoice" && kind !== "quote" && kind !== "credit-note") return [];
    const out: Diagnostic[] = [];
    (data.lines ?? []).forEach((line, i) => {
      for (const field of ["quantity", "unitPrice"] as const) {
        const value = line[field];
        if (!isNegative(value)) continue;
        const at = locate(source, ["lines", i, field]);
        const data = { path: pathToString(["lines", i, field]), value: String(value) };
        if (kind === "credit-note") out.push(diagnostic(source.path, "CREDIT_NOTE_NEGATIVE", this.msg("CREDIT_NOTE_NEGATIVE", data), at, this.msg("HINT_WRITE_POSITIVE", { value: String(value).replace(/^\s*-/, "") })));
        else if (field === "unitPrice") out.push(diagnostic(source.path, "NEGATIVE_UNIT_PRICE", this.msg("NEGATIVE_UNIT_PRICE", data), at));
      }
    });
    return out;
  }

  private fail(absPath: string, items: Diagnostic[]): Outcome {
    this.report(absPath, items);
    return { ok: false };
  }

  private kindOf(absPath: string, source: SourceFile, data: Record<string, unknown>): DocumentKind | undefined {
    if (isConfigFile(absPath)) return "config";
    const forced = this.forcedKinds.get(absPath);
    if (forced) return forced;
    if (basename(absPath) === SUPPRESSIONS_FILE) return "suppressions";
    const kind = data.kind;
    const allowed = DOCUMENT_KINDS.join(", ");
    if (kind === undefined) {
      if (/^seller\.(ya?ml|json)$/.test(basename(absPath))) return "seller";
      this.report(absPath, [diagnostic(source.path, "MISSING_KIND", this.msg("MISSING_KIND", { allowed }), locate(source, []))]);
      return undefined;
    }
    if ((TERMS_KINDS as readonly unknown[]).includes(kind)) return "terms";
    if (kind === "seller" || kind === "invoice" || kind === "quote" || kind === "refund" || kind === "credit-note") return kind;
    const found = typeof kind === "string" ? JSON.stringify(clip(kind)) : clip(JSON.stringify(kind) ?? String(kind));
    this.report(absPath, [diagnostic(source.path, "UNKNOWN_KIND", this.msg("UNKNOWN_KIND", { found, allowed }), locate(source, ["kind"]))]);
    return undefined;
  }

  private build(kind: DocumentKind, absPath: string, source: SourceFile, data: unknown): Outcome {
    const base = { absPath, path: source.path, source, files: this.files };
    switch (kind) {
      case "config":
        return { ok: true, doc: { ...base, kind, data } as LoadedConfig };
      case "suppressions":
        return { ok: true, doc: { ...base, kind, data } as LoadedSuppressions };
      case "seller":
        return { ok: true, doc: { ...base, kind, data } as LoadedSeller };
      case "terms":
        return this.buildTerms(base, data as LoadedTerms["data"]);
      case "invoice":
      case "quote": {
        const d = data as LoadedInvoice["data"];
        const terms = this.follow<LoadedTerms>(absPath, source, ["terms"], d.terms, "terms");
        if (!terms) return { ok: false };
        return { ok: true, doc: { ...base, kind, data: d, terms } as LoadedInvoice | LoadedQuote };
      }
      case "refund": {
        const d = data as LoadedRefund["data"];
        const terms = this.follow<LoadedTerms>(absPath, source, ["terms"], d.terms, "terms");
        const invoice = this.follow<LoadedInvoice>(absPath, source, ["invoice"], d.invoice, "invoice");
        const creditNotes = (d.creditNotes ?? []).map((ref, i) => this.follow<LoadedCreditNote>(absPath, source, ["creditNotes", i], ref, "credit-note"));
        const feeInvoices = (d.feeInvoices ?? []).map((ref, i) => this.follow<LoadedInvoice>(absPath, source, ["feeInvoices", i], ref, "invoice"));
        if (!terms || !invoice || creditNotes.includes(undefined) || feeInvoices.includes(undefined)) return { ok: false };
        const policies = terms.data.refundPolicies ?? [];
        if (!policies.some((p) => p.id === d.policy)) {
          const allowed = policies.map((p) => p.id).join(", ") || "—";
          return this.fail(absPath, [
            diagnostic(source.path, "REFUND_POLICY_UNKNOWN", this.msg("REFUND_POLICY_UNKNOWN", { id: clip(d.policy), ref: clip(d.terms), allowed }), locate(source, ["policy"])),
          ]);
        }
        return { ok: true, doc: { ...base, kind, data: d, terms, invoice, creditNotes: creditNotes as LoadedCreditNote[], feeInvoices: feeInvoices as LoadedInvoice[] } };
      }
      case "credit-note": {
        const d = data as LoadedCreditNote["data"];
        const terms = this.follow<LoadedTerms>(absPath, source, ["terms"], d.terms, "terms");
        const invoice = this.follow<LoadedInvoice>(absPath, source, ["invoice"], d.invoice, "invoice");
        if (!terms || !invoice) return { ok: false };
        // Exactly one scope: the schema cannot say it in a way the generated types keep readable.
        if ((d.cancels === undefined) === (d.lines === undefined)) {
          return this.fail(absPath, [diagnostic(source.path, "CREDIT_NOTE_SCOPE", this.msg("CREDIT_NOTE_SCOPE"), locate(source, d.lines ? ["lines"] : []))]);
        }
        return { ok: true, doc: { ...base, kind, data: d, terms, invoice } };
      }
    }
  }

  private buildTerms(base: { absPath: string; path: string; source: SourceFile; files: FilePolicy }, data: LoadedTerms["data"]): Outcome {
    const { absPath, source } = base;
    let seller: Located<Seller> | undefined;
    if (typeof data.seller === "string") {
      const loaded = this.follow<LoadedSeller>(absPath, source, ["seller"], data.seller, "seller");
      if (loaded) seller = { data: loaded.data, source: loaded.source, at: [] };
    } else {
      seller = { data: data.seller, source, at: ["seller"] };
    }
    const facts = this.checkFacts(source, data, seller?.data);
    const problems = capDiagnostics(source.path, [...this.checkClauses(source, data), ...facts.found], this.locale, facts.skipped);
    const related: LoadedTerms[] = [];
    (data.related ?? []).forEach((ref, i) => {
      const target = resolve(dirname(absPath), ref);
      if (this.loading.has(this.loadingKey(target))) return; // the CGT names the CGU and the CGU names the CGT: fine
      const doc = this.follow<LoadedTerms>(absPath, source, ["related", i], ref, "terms");
      if (doc) related.push(doc);
    });
    if (problems.length) return this.fail(absPath, problems);
    if (!seller) return { ok: false };
    const doc: LoadedTerms = { ...base, kind: "terms", data, seller, related };
    // Back-links: a related document loaded first sees this one once it exists.
    for (const other of related) if (!other.related.includes(doc)) other.related.push(doc);
    return { ok: true, doc };
  }

  private checkClauses(source: SourceFile, data: LoadedTerms["data"]): Diagnostic[] {
    const out: Diagnostic[] = [];
    const ids = new Set<string>();
    data.clauses.forEach((c, i) => {
      if (ids.has(c.id)) out.push(diagnostic(source.path, "DUPLICATE_CLAUSE_ID", this.msg("DUPLICATE_CLAUSE_ID", { id: c.id }), locate(source, ["clauses", i, "id"])));
      ids.add(c.id);
      const delimiters = markdownOverBudget(c.body);
      if (delimiters !== undefined) {
        const where = locateInString(source, ["clauses", i, "body"], 0, 0);
        out.push(diagnostic(source.path, "MARKDOWN_TOO_COMPLEX", this.msg("MARKDOWN_TOO_COMPLEX", { id: c.id, count: delimiters, limit: MAX_MARKDOWN_DELIMITERS }), where, this.msg("HINT_MARKDOWN_TOO_COMPLEX")));
      }
    });
    (data.refundPolicies ?? []).forEach((p, i) => {
      if (!ids.has(p.clause)) {
        const path = pathToString(["refundPolicies", i, "clause"]);
        out.push(diagnostic(source.path, "POLICY_CLAUSE_UNKNOWN", this.msg("POLICY_CLAUSE_UNKNOWN", { path, id: p.clause }), locate(source, ["refundPolicies", i, "clause"])));
      }
    });
    return out;
  }

  private checkFacts(source: SourceFile, data: LoadedTerms["data"], seller: Seller | undefined): { found: Diagnostic[]; skipped?: { count: number; from: SourceRange } } {
    const out: Diagnostic[] = [];
    const facts = { ...data, seller: seller ?? data.seller };
    // Locating a word inside a long body costs a pass over it: only the diagnostics shown are located.
    let hidden = 0;
    let hiddenFrom: SourceRange | undefined;
    data.clauses.forEach((c, i) => {
      for (const ref of findFactRefs(c.body)) {
        const fact = lookupFact(facts, ref.ref);
        const code = !fact.found ? "FACT_UNKNOWN" : !isScalarValue(fact.value) ? "FACT_NOT_SCALAR" : undefined;
        if (!code) continue;
        const where = () => locateInString(source, ["clauses", i, "body"], ref.start, ref.end);
        if (out.length < MAX_DIAGNOSTICS_PER_FILE) out.push(diagnostic(source.path, code, this.msg(code, { ref: ref.ref }), where()));
        else {
          hidden++;
          hiddenFrom ??= where();
        }
      }
    });
    return { found: out, skipped: hiddenFrom && { count: hidden, from: hiddenFrom } };
  }

  /** Symlinks resolved where possible, so that a cycle through a symlink is still a cycle. */
  private loadingKey(absPath: string): string {
    const checked = this.files.check(absPath, false);
    return checked.ok ? checked.realPath : absPath;
  }

  /**
   * Follows a reference to another file; reports a dangling, refused, invalid or wrong-kind target
   * where it is cited. The target is read only if the file policy allows it (inside the project root).
   */
  private follow<T extends LoadedDocument>(fromAbs: string, source: SourceFile, at: JsonPath, written: string, expected: T["kind"]): T | undefined {
    const target = resolve(dirname(fromAbs), written);
    const path = pathToString(at);
    const where = locate(source, at);
    const ref = clip(written);
    const refuse = (code: string, message: string, hint?: string) => {
      this.report(fromAbs, [diagnostic(source.path, code, message, where, hint)]);
      return undefined;
    };
    if (this.loading.size >= MAX_REFERENCE_DEPTH)
      return refuse("REF_TOO_DEEP", this.msg("REF_TOO_DEEP", { path, ref, limit: MAX_REFERENCE_DEPTH }), this.msg("HINT_REF_TOO_DEEP"));
    const checked = this.files.check(target, true);
    if (!checked.ok) {
      const { code } = checked.problem;
      if (code === "FILE_NOT_FOUND") return refuse("REF_NOT_FOUND", this.msg("REF_NOT_FOUND", { path, ref }), this.msg("HINT_REF"));
      if (code === "OUTSIDE_ROOT") return refuse("REF_OUTSIDE_ROOT", this.msg("REF_OUTSIDE_ROOT", { path, ref, root: this.files.root }), this.msg("HINT_ROOT"));
      return refuse(`REF_${code}`, this.msg("REF_REFUSED", { path, ref, reason: refusalReasons[code][this.locale] }));
    }
    if (this.loading.has(checked.realPath)) return refuse("REF_CYCLE", this.msg("REF_CYCLE", { chain: `${source.path} → ${ref}` }));
    // A folder or a FIFO named as a document: said where it is cited, and never opened.
    if (!this.overlay.has(target) && !isRegularFile(checked.realPath))
      return refuse("REF_NOT_REGULAR_FILE", this.msg("REF_REFUSED", { path, ref, reason: refusalReasons.NOT_REGULAR_FILE[this.locale] }));
    const doc = this.load(target);
    if (!doc) {
      this.report(fromAbs, [diagnostic(source.path, "REF_INVALID", this.msg("REF_INVALID", { path, ref }), where)]);
      return undefined;
    }
    if (doc.kind !== expected) {
      this.report(fromAbs, [diagnostic(source.path, "REF_WRONG_KIND", this.msg("REF_WRONG_KIND", { path, ref, expected, found: doc.kind }), where)]);
      return undefined;
    }
    return doc as T;
  }
}
