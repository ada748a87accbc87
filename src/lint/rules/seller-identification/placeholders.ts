import { findAll, flexible, fold } from "../../scan/text.js";
import type { RuleContext } from "../../types.js";
import { findProsePlaceholders, type ProsePlaceholder } from "../../scan/identity.js";
import { label } from "./items.js";

// « SIRET : en cours d'attribution » of a sole trader or a liberal profession (no trade register): INSEE assigns the
// number after the declaration of activity; the text states a registration under way, it is no value left to fill in.
// The text must say who trades as an individual (« EI », « entrepreneur individuel », « en exercice libéral »); a
// company form (SAS, SARL…) must be registered before it trades, and a bare trade name identifies no one: there
// the same words stay a placeholder.
const NUMBER_BEING_ASSIGNED = /^en cours d['e ]\s*(?:attribution|immatriculation|enregistrement|creation|obtention|inscription)/;
const TRADES_AS_INDIVIDUAL = /(?<![\p{L}])(?:ei|entrepreneure?\s+individuel(?:le)?|entreprise\s+individuelle|micro-?entrepreneure?|micro-?entreprise|auto-?entrepreneure?|(?:exercice|profession)\s+liberale?)(?![\p{L}])/u;
// The acronyms in capitals, on the text as written: « sa » in lower case is a possessive (« sa responsabilité »).
const REGISTERED_COMPANY_ACRONYM = /(?<![\p{L}])(?:SAS|SASU|SARL|EURL|SA|SNC|SCI|SCOP|SCIC|SELARL|SELAS)(?![\p{L}])/u;
const REGISTERED_COMPANY_WORDS = /societe\s+(?:par\s+actions|a\s+responsabilite|anonyme|en\s+nom\s+collectif|civile)/u;

// Round T35c: a template's value left in brackets after the label, with or without « numéro » / « n° » between them
// (« SIRET numéro [numéro] », « RCS : [ville] », « TVA intracommunautaire [à compléter] », « SIREN n° [•] »): the
// document was published before the value was filled in (C. com. R123-237). A markdown link (« [texte](url) ») is no
// template.
const BRACKETED = flexible(
  /\b(siren|siret|rcs|registre du commerce(?: et des societes)?|(?:n° |numero )?(?:de )?tva(?: intracommunautaire)?)\s*(?:n°|no\.?|numero|:)?\s*:?\s*(\[[^\]\n]{0,40}\])(?!\()/,
);
const BRACKETED_ITEM = (label: string): ProsePlaceholder["item"] =>
  /^siren/.test(label) ? "siren" : /^siret/.test(label) ? "siret" : /tva/.test(label) ? "vatNumber" : "rcs";

/** Template values left in brackets after an identity label, one per item. */
export function findBracketedPlaceholders(text: string): ProsePlaceholder[] {
  const found = new Map<ProsePlaceholder["item"], ProsePlaceholder>();
  for (const m of findAll(text, BRACKETED)) {
    const item = BRACKETED_ITEM(fold(m.groups[0]!));
    const start = m.start + m.text.lastIndexOf("[");
    if (!found.has(item)) found.set(item, { item, start, end: m.end, text: text.slice(start, m.end) });
  }
  return [...found.values()];
}

/** Placeholders written in the clauses, one per item, except the items in `covered`; returns the items reported. */
export function reportProsePlaceholders(context: RuleContext, covered: ReadonlySet<string>): Set<ProsePlaceholder["item"]> {
  const reported = new Set<ProsePlaceholder["item"]>();
  const folded = fold(context.doc.text);
  const pendingNumberAllowed = TRADES_AS_INDIVIDUAL.test(folded) && !REGISTERED_COMPANY_ACRONYM.test(context.doc.text) && !REGISTERED_COMPANY_WORDS.test(folded);
  for (const clause of context.doc.clauses) {
    const bracketed = findBracketedPlaceholders(clause.body);
    const written = findProsePlaceholders(clause.body);
    // A template left unfilled is one finding for the block: its first bracketed value (« SIRET [numéro] », then
    // « TVA [numéro] » two lines below, are the same omission), unless a written placeholder already is the block's.
    const template = written.length === 0 ? bracketed.sort((a, b) => a.start - b.start).slice(0, 1) : [];
    for (const p of [...written, ...template]) {
      if (reported.has(p.item) || covered.has(p.item)) continue;
      if (pendingNumberAllowed && (p.item === "siren" || p.item === "siret") && NUMBER_BEING_ASSIGNED.test(fold(p.text))) continue;
      reported.add(p.item);
      context.report({ messageId: "placeholder", data: { item: label(p.item, context), value: p.text }, range: clause.locate(p.start, p.end) });
    }
  }
  return reported;
}
