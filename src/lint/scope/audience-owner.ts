// Whose a cue is (round T27): the client's, or another party's (the seller's suppliers, partners and staff, the client's
// own customers or staff, third parties), or the seller's own identity. Only the client's cues tell its kind.
import { fold } from "../scan/text.js";
import type { Evidence } from "./evidence.js";

// The parties a phrase may speak of other than the client: the seller's suppliers, partners
// and staff, the client's own customers or staff named as such (« les salariés du Client », « ses clients finaux »),
// third parties, advertisers. A genitive after them (« du Client », « du Prestataire ») belongs to the mention.
const OTHER_PARTY = /(?<![a-z])(?:fournisseurs?|partenaires?|sous-traitants?|salaries|employes|preposes|collaborateurs|(?:le|son|du|notre|leur|au) personnel|tiers|annonceurs?|(?:acheteurs|clients|utilisateurs|consommateurs) finaux|(?:ses|leurs) (?:propres )?clients|propres clients)(?![a-z-])(?:\s+(?:du|de l'|de la|de votre|de son|de ses|de nos|de notre|de leur)\s*[a-z-]+)?/g;
// The client, however the terms name it, and « vous » the client addressed; not « consommateur », a cue of its own.
const CLIENT_PARTY = /(?<![a-z])(?:clients?|clientes?|acheteurs?|acheteuses?|acquereurs?|abonnes?|souscripteurs?|utilisateurs?|membres?|beneficiaires?|stagiaires?|participants?|locataires?|cocontractants?|vous|votre|vos)(?![a-z])/;
// The seller as the subject the cue is said of (« le Prestataire entretient des relations B2B », « notre société, qui est
// une entreprise … »): a verb of being between them, and no supply to anyone (« nous servons des particuliers et des
// entreprises », « le Vendeur vend aux professionnels », « lient la société et toute personne … » speak of its clients).
const SELLER_SUBJECT = /(?<![a-z])(?:vendeur|prestataire|editeur|loueur|bailleur|exploitant|organisme|agence|notre societe|la societe|nous)(?![a-z])((?:[^.;]){0,60})$/;
const BEING = /(?<![a-z])(?:est|sont|etant|sommes|agit|agissant|agissons|exerce\w*|entretien\w*|a la qualite|en (?:sa |notre )?qualite|en tant que|immatricul\w*|inscrite?s?)(?![a-z])/;
const SUPPLY = /(?<![a-z])(?:a|aux|au|avec|pour|envers|aupres|et|ou|vend\w*|propos\w*|offr\w*|destin\w*|adress\w*|fourni\w*|factur\w*|serv\w*|accompagn\w*|travaill\w*|client\w*|acheteur\w*)(?![a-z])/;
// The cues that say who someone is, as a seller may say of itself; a price or a penalty the seller states is the client's.
const IDENTITY_CUE = /(?<![a-z0-9])(?:b2b|entreprises?|professionnel\w*|societes?|siret|siren|personnes? (?:physiques?|morales?))(?![a-z0-9])/;

/**
 * Whether a cue speaks of someone other than the client: the party its phrase is said of (the first one named before it)
 * is another party; or, none named before it, the cue is joined to one (« relations B2B avec nos fournisseurs »); or the
 * seller is the subject of an identity cue. A party named further on as a complement (« … et la garantie de nos
 * fournisseurs ») does not take the cue; a cue that itself names the client (« SIRET du client ») is the client's.
 */
export function aboutOthers(e: Evidence, phrase: { before: string; after: string }): boolean {
  const cue = fold(e.text);
  if (CLIENT_PARTY.test(cue.replace(OTHER_PARTY, " "))) return false;
  const before = fold(phrase.before);
  const subject = firstParty(before);
  if (subject) return subject === "other";
  if (JOINED_TO_OTHER.test(fold(phrase.after))) return true;
  const gap = SELLER_SUBJECT.exec(before)?.[1];
  return IDENTITY_CUE.test(cue) && gap !== undefined && BEING.test(gap) && !SUPPLY.test(gap);
}
// A cue joined to another party right after it (« relations B2B avec nos fournisseurs », « des prix HT de nos partenaires »).
const JOINED_TO_OTHER = new RegExp(String.raw`^\s*(?:avec|de|des|du|d'|aupres de|entre|pour)\s+(?:(?:les|nos|ses|leurs|ces|tout|tous|toute|chacun de|certains)\s+)?(?:${OTHER_PARTY.source.replace(/^\(\?<!\[a-z\]\)/, "")})`);

/** The first party named in these words (the client, or another party), if any. */
function firstParty(words: string): "client" | "other" | undefined {
  const other = new RegExp(OTHER_PARTY.source).exec(words);
  const client = new RegExp(CLIENT_PARTY.source).exec(words.replace(OTHER_PARTY, (m) => "#".repeat(m.length)));
  if (!other && !client) return undefined;
  return client && (!other || client.index < other.index) ? "client" : "other";
}

/** The words before `at` since the last full stop, across a list's lead-in (« Le Client s'engage : - à … »). */
export function leadIn(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  return window.slice(Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n")) + 1);
}

/** Whether the first party a sentence names before a cue (its subject, as a rule) is the client. */
export function subjectIsClient(before: string): boolean {
  const folded = fold(before);
  const first = (p: RegExp) => new RegExp(p.source).exec(folded)?.index ?? Infinity;
  const client = first(CLIENT_PARTY);
  return client < Infinity && client <= Math.min(first(OTHER_PARTY), first(SELLER_NAMED));
}
const SELLER_NAMED = /(?<![a-z])(?:vendeur|prestataire|editeur|loueur|bailleur|exploitant|organisme|agence|societe|nous|nos|notre)(?![a-z])/;
