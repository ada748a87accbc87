import { findFirst, flexible, fold } from "../../scan/text.js";
import type { LintClause } from "../../types.js";

// The seller's identity announced and left empty, read from either cue: identity labels left blank (« SIRET : »,
// « Adresse postale : »), whatever else the text says; or, when the text has no identity passage at all, a lead-in
// with nothing after it.
type Place = { clause: LintClause; start: number; end: number };
type Own = Array<{ clause: LintClause; body: string }>;

/** Where the seller's details are announced and absent, if they are; `identified`: the text has an identity passage. */
export function announcedEmptyIdentity(own: Own, identified: boolean): Place | undefined {
  return blankIdentityFields(own) ?? (identified ? undefined : emptyLeadIn(own));
}

// « Les coordonnées du Prestataire sont les suivantes : » with nothing after it in its clause: a template left empty.
const IDENTITY_LEAD_IN = flexible(/\b(?:les )?(?:coordonnees|informations|mentions) (?:legales )?(?:du|de la|de l') ?(?:prestataire|vendeur|vendeuse|editeur|societe|professionnel|entreprise|organisme) sont les suivantes\s*:|\ble site (?:[^\s]+ )?est edite par\s*:/);

// The labels of the seller's own identity items (not « Téléphone », « E-mail »: contact lines say nothing of who
// sells). A line holding one of them, a colon and nothing else is a field left blank.
const BLANK_IDENTITY_FIELD = /^[^\S\n]*(?:[-*][^\S\n]+)?(?:\*\*)?[^\S\n]*(?:numero[^\S\n]+)?(?:siret|siren|rcs|raison sociale|denomination(?: sociale)?|forme juridique|capital(?: social)?|siege(?: social)?|adresse(?: postale| du siege(?: social)?)?|(?:n°[^\S\n]*)?tva(?: intracommunautaire)?|etablissement|statut)[^\S\n]*(?:\*\*)?[^\S\n]*:[^\S\n]*(?:\*\*)?[^\S\n]*$/gmu;

/** Two identity fields or more left blank in one clause (one blank line may be a label whose value follows). */
function blankIdentityFields(own: Own): Place | undefined {
  for (const { clause, body } of own) {
    const blanks = [...fold(body).matchAll(BLANK_IDENTITY_FIELD)].filter((m) => !isValueLine(body, m.index + m[0].length));
    if (blanks.length >= 2) {
      const first = blanks[0]!;
      const start = first.index + first[0].length - first[0].trimStart().length;
      return { clause, start, end: first.index + first[0].trimEnd().length };
    }
  }
  return undefined;
}

/** The line after a label is its value unless it is itself a label (« Adresse : ») or blank. */
function isValueLine(body: string, end: number): boolean {
  const next = body.slice(end + 1).split("\n")[0] ?? "";
  return next.trim() !== "" && !/:\s*(?:\*\*)?\s*$/.test(next);
}

function emptyLeadIn(own: Own): Place | undefined {
  for (const { clause, body } of own) {
    const m = findFirst(body, IDENTITY_LEAD_IN);
    if (m && body.slice(m.end).trim() === "") return { clause, start: body.lastIndexOf("\n", m.start) + 1, end: m.end };
  }
  return undefined;
}
