// termsView(derived): title, seller, effective date and version, table of contents and numbered
// clauses. Clause bodies cite facts ({{payment.termDays}}), substituted then turned into HTML.
import type { DerivedTerms } from "../../documents/index.js";
import type { LoadedTerms } from "../../model/documents.js";
import { formatDate } from "../../money/index.js";
import { type Branding, brandingOf } from "../branding.js";
import { clauseHtml } from "../fact-values.js";
import type { TrustedHtml } from "../markdown.js";
import { type SellerView, sellerOf } from "./common.js";
import { type LegalFactsView, legalFactsView } from "./legal-facts.js";

export const TERMS_KIND_LABELS: Record<LoadedTerms["data"]["kind"], string> = {
  cgv: "Conditions générales de vente",
  cgu: "Conditions générales d'utilisation",
  cgt: "Conditions générales tarifaires",
  cg: "Conditions générales",
};

const ABBREVIATIONS: Record<LoadedTerms["data"]["kind"], string> = { cgv: "CGV", cgu: "CGU", cgt: "CGT", cg: "Conditions générales" };

export interface ClauseView {
  anchor: string;
  number: string | null;
  title: string;
  /** 1 for "3", 2 for "3.2", 3 for "3.2.5"; 1 for an unnumbered clause. */
  level: number;
  html: TrustedHtml;
  empty: boolean;
}

export interface TermsView {
  kind: "terms";
  termsKind: LoadedTerms["data"]["kind"];
  id: string;
  title: string;
  kindLabel: string;
  /** Running footer label: "CGV en vigueur au 1er septembre 2022". */
  shortLabel: string;
  effectiveDate: string | null;
  lastUpdated: string | null;
  version: string | null;
  seller: SellerView;
  branding: Branding;
  toc: { anchor: string; number: string | null; title: string; level: number }[];
  clauses: ClauseView[];
  /** The legal facts no clause states, printed after the clauses; null when the clauses say them all. */
  legalFacts: LegalFactsView | null;
}

/** "conditions générales de vente en vigueur au 1er septembre 2022", for sentences. */
export function termsLabel(terms: LoadedTerms): string {
  const label = TERMS_KIND_LABELS[terms.data.kind].toLowerCase();
  return terms.data.effectiveDate ? `${label} en vigueur au ${formatDate(terms.data.effectiveDate)}` : label;
}

/** `printedWith`: the terms documents printed in the same file (bound, or appended to a quote). */
export function termsView(derived: DerivedTerms, printedWith: readonly LoadedTerms[] = []): TermsView {
  const terms = derived.loaded;
  const data = terms.data;
  const facts = { ...data, seller: terms.seller.data };
  const currency = derived.currency;
  const clauses: ClauseView[] = data.clauses.map((c) => ({
    anchor: `clause-${c.id}`,
    number: c.number ?? null,
    title: c.title,
    level: c.number ? Math.min(3, c.number.split(".").filter(Boolean).length) : 1,
    html: clauseHtml(c.body, facts, currency),
    empty: c.body.trim() === "",
  }));
  const legalFacts = legalFactsView(derived, printedWith);
  const abbreviation = ABBREVIATIONS[data.kind];
  return {
    kind: "terms",
    termsKind: data.kind,
    id: data.id,
    title: data.title,
    kindLabel: TERMS_KIND_LABELS[data.kind],
    shortLabel: data.effectiveDate ? `${abbreviation} en vigueur au ${formatDate(data.effectiveDate)}` : abbreviation,
    effectiveDate: data.effectiveDate ?? null,
    lastUpdated: data.lastUpdated && data.lastUpdated !== data.effectiveDate ? data.lastUpdated : null,
    version: data.version ?? null,
    seller: sellerOf(terms),
    branding: brandingOf(terms),
    toc: [
      ...clauses.map(({ anchor, number, title, level }) => ({ anchor, number, title, level })),
      ...(legalFacts ? [{ anchor: legalFacts.anchor, number: null, title: legalFacts.title, level: 1 }] : []),
    ],
    clauses,
    legalFacts,
  };
}
