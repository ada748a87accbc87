import { findAll, findFirst, fold, flexible } from "../../scan/text.js";
import type { LintClause } from "../../types.js";
import type { SourceRange } from "../../../model/diagnostics.js";
import { sentenceAround, sentences } from "../../scan/sentences.js";

// « régissent les relations (contractuelles) entre X et ses clients », « conclu entre X et le Client »: X is the
// seller, named as a party. « entre le Prestataire et le Client » names no one.
// « … et toute personne effectuant un achat », « … et toute Organisation souscrivant »: the other party, however named.
const PARTY = new RegExp(String.raw`\bentre\s+(?:la societe\s+|l'entreprise\s+|l'agence\s+|l['’]activité\s+|l['’]enseigne\s+)?(\*{0,2}\p{Lu}[^,;.()\n]{0,60}?)\*{0,2}(?:\s*\([^)\n]{0,80}\)|,[^;.\n]{0,80},)?\s+et\s+(?:[Ss]es|[Ss]on|[Ss]a|[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Tt]out|[Tt]oute|[Tt]ous|[Tt]outes)\s*(?:[Cc]lients?|[Cc]lientes?|[Cc]lientèles?|[Aa]cheteurs?|[Uu]tilisateurs?|[Cc]ocontractants?|[Mm]embres?|[Mm]andants?|[Ss]tagiaires?|[Pp]articipants?|[Pp]ersonnes?|[Oo]rganisations?|[Ee]ntreprises?|[Ss]tructures?|[Pp]rofessionnels?|[Cc]onsommateurs?|[Ss]ouscripteurs?|[Aa]bonnés?|[Bb]énéficiaires?|[Aa]pprenants?)\b`, "u");
// « entre le Prestataire et … », « entre Vous et … »: roles, not names; « Les Bocaux de Lou » is a name.
// A single common noun (« la Plateforme (ci-après « le Prestataire ») », « le Site ») is a word the terms define.
const NOT_A_NAME = /^(?:(?:le|la|les|l')\s*(?:prestataire|vendeur|vendeuse|societe|entreprise|client|editeur|parties?|acheteur|professionnel|utilisateur|organisme|site)\b|(?:vous|nous|tout|toute|ce|cette|chaque|un|une|prestataire|vendeur|societe|entreprise|client|editeur)\b|(?:plateforme|site|application|boutique|agence|magasin|association|organisme|marque|service|cabinet|centre|studio|atelier|ecole)s?$)/u;

/** « prestations réalisées par La Maquilleuse et en vue de… »: a name ends before a connector word. */
export function withoutTrailingConnector<T extends { start: number; end: number; name: string }>(party: T): T {
  const name = party.name.replace(/(?:[ \t]+(?:de|du|des|la|le|et|d'))+$/u, "");
  return { ...party, name, end: party.end - (party.name.length - name.length) };
}

// « d'une part, « La Maquilleuse », … » : an article and one word, written in quotes as a defined term, name the
// seller's role like « le Prestataire » (its identity is on the quote or order form), not a trade name.
export function definedRole(own: Array<{ body: string }>, name: string): boolean {
  if (!/^(?:le|la|les|l['’])\s*[\p{L}-]+$/u.test(fold(name))) return false;
  const quoted = new RegExp(String.raw`[«"“]\s*${fold(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s*[»"”]`, "u");
  return own.some(({ body }) => quoted.test(fold(body)));
}

// « conclus entre le Client et Lumen Conseil »: the client's role named first, then the seller by its name.
// Round T34c: the clients as a body (« entre la clientèle et … », « entre sa clientèle et … ») are the other party too, and
// the seller may be brought in by a word for a business (« l'activité Le Sourire de Jojo », « l'enseigne X », « la marque
// X », « la boutique X »): the name after that word is the seller's, and nothing else identifies it.
const PARTY_CLIENT_FIRST = flexible(
  /\bentre\s+(?:le|la|les|l'|sa|son|ses|notre|nos|leur)\s*(?:clients?|clientes?|clienteles?|acheteurs?|commanditaires?|utilisateurs?|abonnes?|souscripteurs?|consommateurs?|participants?|stagiaires?|beneficiaires?)\s+et\s+(?:la societe\s+|l'entreprise\s+|l'agence\s+|l'activite\s+|l'enseigne\s+|la marque\s+|la boutique\s+|le magasin\s+|l'atelier\s+|le cabinet\s+|le studio\s+|la maison\s+|l'etablissement\s+|la structure\s+)?/,
);

/** The seller named as a party of the terms, by its name only. */
export function sellerParty(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    const m = PARTY.exec(body);
    if (m) {
      const name = m[1]!.replace(/\*+/g, "").trim();
      if (name && !NOT_A_NAME.test(fold(name))) {
        const start = m.index + m[0].indexOf(m[1]!);
        return { clause, start, end: start + m[1]!.length, name };
      }
    }
    for (const c of findAll(body, PARTY_CLIENT_FIRST)) {
      const name = NAME_AT_START.exec(body.slice(c.end));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: c.end, end: c.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

const SELLER_ROLE = String.raw`(?:le |la |l')?(?:vendeur|vendeuse|prestataire|professionnel|editeur|editrice|organisme|entreprise|societe|boutique|artisane?)`;
// « Jeanne MARTIN (dite le vendeur) », « Les Bocaux de Lou (ci-après "le Vendeur") », « Les Souliers de Lina (ci-après
// « l'Artisan » ou « le Prestataire ») »: a name the terms give the seller's role (or two).
const QUOTED_ROLE = String.raw`[«"“]?\s*${SELLER_ROLE}\s*[»"”]?`;
const ROLE_AFTER_NAME = flexible(new RegExp(String.raw`\((?:ci-apres\s*,?\s*)?(?:(?:dite?s?|denommee?s?|designee?s?|appelee?s?|nommee?s?)\s*)?${QUOTED_ROLE}(?:\s*(?:ou|,)\s*${QUOTED_ROLE})*\s*\)`));
// « On entend par « PRESTATAIRE », Marylise Martin (…) »: a definition naming the seller.
const ROLE_DEFINED = flexible(new RegExp(String.raw`\bon entend par\s*[«"“]?\s*${SELLER_ROLE}\s*[»"”]?\s*,?\s*`));
// « Bulle2com », « Studio 9 Lune »: a brand may carry digits after its capital.
const NAME_AT_START = /^\*{0,2}(\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+(?:&[ \t]+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*|de|du|des|la|le|et|d'))*)/u;
const NAME_AT_END = /(\p{Lu}[\p{L}'’.&-]*(?:[ \t]+(?:[-–&][ \t]+)?(?:\p{Lu}[\p{L}'’.&-]*|de|du|des|la|le|et|d'))*)\*{0,2}\s*$/u;

/** The seller named by its role (« X (dite le vendeur) », « On entend par « PRESTATAIRE », X »), by its name only. */
export function sellerDefinedByRole(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, ROLE_AFTER_NAME)) {
      const lineStart = body.lastIndexOf("\n", m.start) + 1;
      const name = NAME_AT_END.exec(body.slice(lineStart, m.start));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) {
        const start = lineStart + name.index;
        return { clause, start, end: start + name[1]!.length, name: name[1]! };
      }
    }
    for (const m of findAll(body, ROLE_DEFINED)) {
      const name = NAME_AT_START.exec(body.slice(m.end));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: m.end, end: m.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

// « Les présentes CGV s'appliquent aux prestations proposées par Kalm Spa »: the seller named by what it offers,
// in the sentence that says what the terms govern (not « les livraisons proposées par Colissimo »).
// « formations délivrées par X »: training is delivered by whoever sells it.
const OFFERED_BY = flexible(/\b(?:proposee?s?|vendue?s?|fournie?s?|realisee?s?|dispensee?s?|delivree?s?|organisee?s?|commercialisee?s?) par\s+/);
// Round T36a: « toute commande passée auprès de SAS Verdier », « les ventes conclues avec Maison Lune SARL »: the party the
// orders are placed with is the seller. Only a name that carries a company's form is read there: that company owes its
// capital, seat and registration by its own words (C. com. R123-237, R123-238); a bare name (« auprès de Lina Roux »)
// may be a person's, whose status the text does not tell.
const PLACED_WITH = flexible(/\b(?:passee?s?|conclue?s?|effectuee?s?) (?:aupres de|avec)\s+/);
const COMPANY_FORM_IN_NAME = /(?<![\p{L}])(?:SAS|SASU|SARL|EURL|SA|SNC|SCOP|SCIC)(?![\p{L}])/u;

// « les ventes conclues par la société Papeterie Nova », « lient la Société Atelier Brume et le client »: a company,
// called so in the sentence that says what the terms govern, without anything that identifies it.
// « les droits et obligations de l'agence Bulle2com et de ses clients »: an agency, likewise.
const CALLED_COMPANY = flexible(/\b(?:(?:la|notre) societe|l'agence|notre agence)\s+/);

export function companyOfTheseTerms(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, CALLED_COMPANY)) {
      if (!TERMS_SENTENCE.test(fold(sentenceAround(body, m.start, m.end).text))) continue;
      const name = NAME_AT_START.exec(body.slice(m.end));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: m.end, end: m.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

export function sellerOfTheseTerms(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    const found = [...findAll(body, OFFERED_BY).map((m) => ({ m, company: false })), ...findAll(body, PLACED_WITH).map((m) => ({ m, company: true }))].sort((a, b) => a.m.start - b.m.start);
    for (const { m, company } of found) {
      if (!/\bpresentes\b/.test(fold(sentenceAround(body, m.start, m.end).text))) continue;
      const name = NAME_AT_START.exec(body.slice(m.end));
      if (company && !(name && COMPANY_FORM_IN_NAME.test(name[1]!))) continue;
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: m.end, end: m.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

// « Article 1 – Identification du vendeur », « Vendeur », « Mentions légales »: the clause whose subject is the seller's
// identity is where its missing items belong (docs/writing-rules.md: the finding goes where the fix is written), not
// the opening sentence that names it in passing.
const IDENTITY_TITLE = /(?<![\p{L}])(?:identification|identite|vendeur|vendeuse|prestataire|editeur|mentions legales|informations legales|qui sommes-nous|coordonnees)(?![\p{L}])/u;

export function ownIdentityLine(own: Array<{ clause: LintClause; body: string }>, name: string): SourceRange | undefined {
  for (const { clause, body } of own) {
    // The name alone on a bold line under the identity clause is read as its own heading: that heading is the name line.
    if (clause.title?.replace(/\*+/g, "").trim().toLocaleLowerCase("fr") === name.toLocaleLowerCase("fr")) return clause.titleRange;
    if (!IDENTITY_TITLE.test(fold(clause.title))) continue;
    // « **INFO PÊCHE** » heading the block of a seller named « Info Pêche » above: the same name, in capitals.
    const at = body.toLocaleLowerCase("fr").indexOf(name.toLocaleLowerCase("fr"));
    if (at >= 0) return clause.locate(at, at + name.length);
  }
  return undefined;
}

// Round T18: with no identity clause, a seller named by its name only is reported where a reader first meets it as the
// one the terms bind: the first sentence, in reading order, that names it together with the terms, an order, a sale or
// the contract (« toute commande passée … auprès de Atelier Mirage » under the title), not a later clause that names it
// again, nor a passing mention (« des locaux mis à disposition par X » in a definition).
const BINDING_SENTENCE = /\b(?:presentes|conditions generales|cgv|cgps?|commandes?|ventes?|vend|vendent|contrats?|achats?|prestations?)\b/;

export function firstNamedAsSeller(own: Array<{ clause: LintClause; body: string }>, name: string): SourceRange | undefined {
  for (const { clause, body } of own) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
      if (BINDING_SENTENCE.test(fold(sentenceAround(body, at, at + name.length).text))) return clause.locate(at, at + name.length);
    }
  }
  return undefined;
}

// « Twin Pizza, entreprise située au 60 rue … », « Caféothèque Brun, commerce établi 12 place … »: a business named and
// placed, with nothing else to find it by; the apposition (a business word, then where it stands) is the reader's cue.
const LOCATED_BUSINESS = flexible(/,\s*(?:entreprise|commerce|boutique|magasin|restaurant|atelier|societe|maison|enseigne)\s+(?:[a-z]+\s+)?(?:situee?|etablie?|domiciliee?|sise?|implantee?|installee?|basee?)\b/);

export function sellerLocated(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, LOCATED_BUSINESS)) {
      const lineStart = Math.max(body.lastIndexOf("\n", m.start) + 1, body.lastIndexOf(" par ", m.start) + 1);
      const name = NAME_AT_END.exec(body.slice(lineStart, m.start));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) {
        const start = lineStart + name.index;
        return { clause, start, end: start + name[1]!.length, name: name[1]! };
      }
    }
  }
  return undefined;
}

// « entre https://crea-flower.fr et l'auteur de la commande », « les ventes conclues sur le site www.bougies.fr », « auprès de
// la boutique Ciel de Lin »: in the sentence that says what the terms govern, a website or a shop's name stands for the
// seller, which the terms name no other way.
const SITE = /(?<![@\p{L}\p{N}.\/-])(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:fr|com|net|org|eu|shop|store|boutique|be|ch)(?![\p{L}\p{N}-])/u;
const SHOP = flexible(/\b(?:la boutique|le magasin|l'atelier|l'enseigne|la marque|la maison)\s+/);
const TERMS_SENTENCE = /\bpresentes\b|\bconditions generales\b|\bcgv\b/;

// « exploité par notre société, SARL de droit sénégalais, immatriculée au registre de commerce de Dakar »: a seller that
// states a registration somewhere is identified, in words this rule does not read; its website is not its only name.
const REGISTRATION_WORDS = /immatricul|registre\s+d[ue]\s+commerce|(?<![\p{L}])(?:siren|siret|rcs|capital\s+(?:social\s+)?de)(?![\p{L}])/u;

const SITE_ACTS = /^\s+(?:se\s+reserve|s'engage|propose|vend|livre|expedie|garantit|ne\s+saurait|decline)/u;

export function sellerByShopOrSite(own: Array<{ clause: LintClause; body: string }>, text: string): { clause: LintClause; start: number; end: number; name: string; website?: true } | undefined {
  // The whole text: host details blanked from the clauses may hold the seller's own registration.
  if (REGISTRATION_WORDS.test(fold(text))) return undefined;
  for (const { clause, body } of own) {
    for (const span of sentences(body)) {
      const sentence = body.slice(span.start, span.end);
      if (!TERMS_SENTENCE.test(fold(sentence))) continue;
      const shop = findFirst(sentence, SHOP);
      const shopName = shop && NAME_AT_START.exec(sentence.slice(shop.end));
      // The sentence's full stop is not part of the name (« la boutique Ciel de Lin. »).
      const name = shopName?.[1]!.replace(/\.$/, "");
      if (shop && name) return { clause, start: span.start + shop.end, end: span.start + shop.end + name.length, name };
      for (const site of sentence.matchAll(new RegExp(SITE.source, "gu"))) {
        const before = fold(sentence.slice(0, site.index));
        const after = fold(sentence.slice(site.index + site[0].length));
        // The site as a party (« entre https://x.fr et l'auteur de la commande ») or as who sells (« x.fr se réserve
        // le droit »), not as the place of the order (« commandes passées sur le site www.x.fr »).
        if (/(?<![\p{L}])entre\s+(?:le\s+site\s+(?:internet\s+|web\s+)?)?$/u.test(before) || SITE_ACTS.test(after)) {
          return { clause, start: span.start + site.index, end: span.start + site.index + site[0].length, name: site[0], website: true };
        }
      }
    }
  }
  return undefined;
}
