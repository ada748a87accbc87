// The readers that qualify an audience cue in its context (docs/scope.md): a negation in its sentence or clause, a
// glossary section, a heading or a label that denies a right, whose party the cue speaks of (audience-owner.ts), an
// export or VAT-exempt price, how plainly the services are for households. `readCues` gathers each kind of cue that
// counts; src/lint/scope/audience.ts weighs them.
import type { Audience } from "../types.js";
import { findAll, flexible, fold } from "../scan/text.js";
import type { Span } from "../scan/sentences.js";
import { clues, SentenceIndex, strongest, type Evidence } from "./evidence.js";
import { BULK_TRADE, CASH, FIRM, HOUSEHOLD, PRICES_BEFORE_TAX, PRICES_WITH_TAX } from "./trade.js";
import {
  ANY_PERSON, AT_HOME, BOTH, BOTH_SCOPES, CAP_BEFORE, CLIENT_WORD, CLIENTS_CONSUMERS, COMMERCIAL_COURT, CONDITIONAL, CONSUMER,
  APPLIES_TO_ONE_KIND, CONSUMER_HINTS, DENIED_ACCESS, EXCLUDES_CONSUMERS, EXCLUSIVE, EXPORT, FOR_A_FIRM, HEDGED, MEDIATION, NATURAL_PERSON_CLIENT, NEGATIVE, NOT_PARTY,
  OFFERED, ONE_THING, PLAIN_NEGATIVE, PRIVATE_CATEGORY, PRIVATE_PURPOSE, PRIVATE_USE_ONLY, PRO_CLIENTS, PRO_IDENTITY,
  PROFESSIONAL, PROFESSIONAL_HINTS, RESTRICTIVE, SCOPE_OF, SMALL_FIRM, THE_TERMS, VAT_EXEMPT, WAIVED,
} from "./audience-cues.js";
import { aboutOthers, leadIn, subjectIsClient } from "./audience-owner.js";

/** The terms' own words: quoted law and inline emphasis blanked, offsets kept. */
export function readableText(full: string): string {
  // Quoted law (a blockquote of L215-1 « … informe le consommateur … ») says nothing of who the terms are for.
  // Emphasis inside a line (« payables à **30 jours** ») is typography, not words: blanked, offsets kept. A line that
  // opens with it (« **Droit de rétractation :** », a bold heading) keeps it: headings and labels are read by it.
  return full
    .replace(/^[ \t]*>.*$/gm, (line) => " ".repeat(line.length))
    .replace(/(?<=[^\s*_][ \t]*)(\*\*|__)(?=\S)([^*_\n]{1,80}?)\1/g, (_m, _mark: string, inner: string) => `  ${inner}  `);
}

/** The first sentence that scopes the terms (to one audience, to both, or excluding consumers), if any. */
export function scopeSentence(text: string): { e: Evidence; audience: Audience } | undefined {
  const scoped = [...findAll(text, flexible(EXCLUSIVE)), ...findAll(text, flexible(APPLIES_TO_ONE_KIND))]
    // « ne sont pas réservées aux professionnels » scopes nothing.
    .filter((m) => !/(?<![a-z])(?:ne|n'|pas)(?![a-z])/.test(fold(text.slice(Math.max(0, m.start - 20), m.start))))
    .map((m) => ({ e: { text: m.text, start: m.start, end: m.end, weight: 3 }, audience: ruleForOneKind(text, m) ? ("mixed" as Audience) : SCOPE_OF[m.groups[0]!]! }));
  const exclusions = clues(text, EXCLUDES_CONSUMERS, 3).map((e) => ({ e, audience: "b2b" as Audience }));
  // « ne s'adressent qu'aux entreprises et aux particuliers » restricts, it does not negate; « pas » does.
  const both = BOTH_SCOPES.flatMap((p) => findAll(text, p))
    .filter((m) => !/(?<![a-z])pas(?![a-z])/.test(fold(text.slice(Math.max(0, m.start - 30), m.start))))
    .map((m) => ({ e: { text: m.text, start: m.start, end: m.end, weight: 3 }, audience: "mixed" as Audience }));
  // « réservées aux entreprises et aux particuliers »: the phrase naming both is the scope, not its first half.
  const single = scoped.filter((s) => !both.some((b) => b.e.start < s.e.end && b.e.end > s.e.start));
  return [...single, ...exclusions, ...both].sort((a, b) => a.e.start - b.e.start)[0];
}

/** Each kind of cue of one text, read in its context: only the cues that count (not negated, not another party's). */
export class CueReader {
  private readonly index: SentenceIndex;
  private readonly definitions: Span[];

  constructor(private readonly text: string) {
    this.index = new SentenceIndex(text);
    this.definitions = definitionSections(text);
  }

  /** Whether a cue lies in a glossary (« Consommateur : toute personne physique… »): it defines a word, a hint at most. */
  defined(e: Evidence): boolean {
    return this.definitions.some((d) => e.start >= d.start && e.start < d.end);
  }

  /**
   * Whether a cue's sentence denies it. The marker's own words may be negative (« à des fins qui n'entrent pas … »): the
   * rest of its sentence is read. « ne … qu'avec l'accord de ses parents » restricts, it does not negate. An exception
   * after the marker (« bénéficie d'un droit de rétractation de 14 jours, sauf si … ») carves out of it; it does not deny
   * it. « sauf » before it (« sauf disposition contraire applicable au consommateur ») still does.
   */
  negativeSentence(e: Evidence, negative: RegExp = NEGATIVE): boolean {
    const { text, index } = this;
    const sentence = fold(index.around(e.start));
    const marker = fold(e.text);
    const at = sentence.indexOf(marker);
    const read = at < 0 ? sentence.replace(marker, " ") : `${sentence.slice(0, at)} ${sentence.slice(at + marker.length).replace(/(?<![a-z])sauf(?![a-z])[\s\S]*$/, "")}`;
    return negative.test(read.replace(RESTRICTIVE, " ")) || deniedLabel(text, e) || deniedHeading(text, e, (at) => index.around(at));
  }

  /**
   * A professional marker is a mechanism stated in a long sentence (« … majoré de 10 points, qui ne peut toutefois être
   * inférieur à …, ainsi qu'une indemnité de 40 € »): only its own clause may negate it.
   */
  negativeClause(e: Evidence): boolean {
    return NEGATIVE.test(fold(this.index.clauseAround(e.start, e.end)));
  }

  /** A hint's sentence may carry a reservation (« sauf contre-indication sur la facture »): only a plain negation voids it. */
  plainlyNegated(e: Evidence): boolean {
    return this.negativeSentence(e, PLAIN_NEGATIVE);
  }

  /**
   * Every match of these patterns, in text order, not negated and not another party's: every cue is read for whose it is
   * (round T27): words about the seller's suppliers, the client's customers, employees or third parties tell nothing of
   * the client's kind.
   */
  found(patterns: RegExp[], negated: (e: Evidence) => boolean): Evidence[] {
    return patterns
      .flatMap((p) => clues(this.text, p, 1))
      .sort((a, b) => a.start - b.start)
      .filter((e) => !negated(e) && !this.othersCue(e));
  }

  private othersCue(e: Evidence): boolean {
    return aboutOthers(e, this.index.phraseAround(e.start, e.end));
  }

  /**
   * The first phrase that names both kinds (« des particuliers … des entreprises »), a conditional for one kind of client
   * (« si le Client est un consommateur »), or a user acting for a firm. A conditional tells both kinds even in a negative
   * sentence (« si le client est un professionnel, il ne bénéficie pas … »).
   */
  bothNamed(): Evidence | undefined {
    return [
      ...this.found([BOTH], (e) => this.negativeSentence(e)),
      ...this.found([CONDITIONAL], () => false),
      ...this.found([FOR_A_FIRM], (e) => this.plainlyNegated(e)),
    ].sort((a, b) => a.start - b.start)[0];
  }

  /**
   * One document, option or offer for the professional clients (« un accord de traitement des données est disponible pour
   * les clients professionnels », « les clients professionnels peuvent souscrire l'offre Pro »), not the terms (round T19).
   */
  offeredToProfessionals(): Evidence | undefined {
    return this.found(PRO_IDENTITY, (e) => this.negativeClause(e)).find(
      (e) => !this.defined(e) && PRO_CLIENTS.test(fold(e.text)) && offeredToOneKind(fold(this.index.around(e.start))),
    );
  }

  /**
   * The consumer markers that count, glossary's included (callers tell them apart with `defined`). Consumer law cited
   * « lorsqu'il s'applique » hedges; a right waived is denied; the client's own consumers are not the terms' parties; a
   * withdrawal right the text grants to small firms (C. conso. L221-3) is the right its other mentions speak of.
   */
  consumers(): Evidence[] {
    const { text, index } = this;
    const smallFirmsWithdraw = clues(text, SMALL_FIRM, 1).some((e) => /retract/.test(fold(index.around(e.start))));
    // The private clients named as a category (« Usage privé (clients particuliers) : …, à l'exclusion de tout usage
    // commercial », « les comptes particuliers ne sont pas facturés »): a negation denies the category only before it in
    // its clause (« nous ne vendons pas aux clients particuliers »), as a professional marker's own clause does (round T21).
    // Or when the category is denied access (« les particuliers ne peuvent pas ouvrir de compte »).
    const negatedCategory = (e: Evidence) =>
      PLAIN_NEGATIVE.test(fold(index.before(e.start)).split(/[,;:()]/).pop() ?? "") || DENIED_ACCESS.test(fold(text.slice(e.end, e.end + 80)));
    return this.found(CONSUMER, (e) => {
      const sentence = fold(index.around(e.start));
      return (PRIVATE_CATEGORY.test(fold(e.text)) ? negatedCategory(e) : this.negativeSentence(e)) || SMALL_FIRM.test(sentence) || HEDGED.test(sentence) || WAIVED.test(sentence) || CLIENTS_CONSUMERS.test(sentence) || (smallFirmsWithdraw && /retract|renonc|changer d'avis/.test(fold(e.text)));
    });
  }

  /** The professional markers that count (identity and payment mechanisms), glossary's included. */
  professionals(): Evidence[] {
    return this.found(PROFESSIONAL, (e) => this.negativeClause(e));
  }

  /** Whether a marker outside a glossary says who the client is (« clients professionnels »), not only a mechanism. */
  identity(): boolean {
    return this.found(PRO_IDENTITY, (e) => this.negativeClause(e)).some((e) => !this.defined(e));
  }

  /**
   * The consumer mediation clause (C. conso. L612-1) copied into every kind of terms: it is the only consumer marker, in
   * terms that quote their prices before tax (not only an invoice: households get invoices too).
   */
  boilerplateMediation(consumers: Evidence[]): boolean {
    const mediationOnly = consumers.filter((e) => !this.defined(e)).every((e) => MEDIATION.test(fold(this.index.around(e.start))));
    return mediationOnly && findAll(this.text, flexible(PRICES_BEFORE_TAX)).length > 0;
  }

  /** A price or an amount « HT » as the ceiling of a liability (« limitée au montant HT payé »): no price quoted (round T21). */
  private capped(e: Evidence): boolean {
    return CAP_BEFORE.test(fold(this.index.before(e.start)));
  }

  /**
   * Prices quoted before tax (« prix exprimés HT et TTC »): the trade prices for firms (round T17). Not an export price
   * nor a VAT-exempt one (below), nor a cap.
   */
  pricedForFirms(): boolean {
    const { text, index } = this;
    return clues(text, flexible(PRICES_BEFORE_TAX), 1).some((e) => !this.defined(e) && !this.capped(e) && !this.plainlyNegated(e) && !EXPORT.test(fold(index.around(e.start))) && !VAT_EXEMPT.test(fold(text.slice(Math.max(0, e.start - 200), e.end + 200))));
  }

  /** The client « toute personne physique ou morale »: companies are clients too (a company is never a consumer). */
  anyPerson(): Evidence | undefined {
    return clues(this.text, ANY_PERSON, 1).find((e) => {
      const sentence = fold(this.index.around(e.start));
      return CLIENT_WORD.test(sentence) && !NOT_PARTY.test(sentence) && !this.othersCue(e);
    });
  }

  /**
   * The client defined as a natural person only (« **Utilisateur** : toute personne physique qui… »; a chained definition,
   * « Client : tout Utilisateur ayant souscrit », counts too): no company is a client (round T35a). Not negated.
   */
  naturalPersonsOnly(): Evidence | undefined {
    // A company named as a client elsewhere (« le Client, personne morale, … », « l'entreprise cliente »): not only natural persons.
    const companyClient = clues(this.text, /(?<![a-z])personnes? morales?(?![a-z])/, 1).some((e) => {
      const sentence = fold(this.index.around(e.start));
      return CLIENT_WORD.test(sentence) && !PLAIN_NEGATIVE.test(sentence) && !this.othersCue(e);
    });
    if (companyClient) return undefined;
    return clues(this.text, NATURAL_PERSON_CLIENT, 1).find((e) => !this.plainlyNegated(e) && !this.othersCue(e));
  }

  /**
   * The client declares a private purpose (« l'achat est sans rapport direct avec son activité professionnelle », « à des
   * fins personnelles »; round T19), or is bound to a private use only (« le Client s'engage à utiliser l'application
   * exclusivement pour un usage personnel et non commercial »): said of the client, not of a partner, and not denied in its
   * clause (round T27).
   */
  declaredPrivate(): boolean {
    const { text, index } = this;
    const privateUseOnly = clues(text, PRIVATE_USE_ONLY, 1).some(
      (e) => subjectIsClient(leadIn(text, e.start)) && !PLAIN_NEGATIVE.test(fold(index.clauseAround(e.start, e.end)).replace(RESTRICTIVE, " ")),
    );
    return privateUseOnly || clues(text, PRIVATE_PURPOSE, 1).some((e) => !this.plainlyNegated(e));
  }

  /**
   * The professional hints that count, outside a glossary. Prices « facturées hors taxe » for goods shipped outside the EU
   * are an export exemption (CGI art. 262 I), owed to households too; prices « H.T. » for a VAT-exempt service (training,
   * CGI art. 261-4-4°; a small firm's franchise, art. 293 B) are the whole price, the same for households (read around the
   * price, not its sentence: « prix H.T. (conformément à l'article 261-4-4° du CGI) » ends one at « H.T. »).
   */
  proHints(): Evidence[] {
    const { text, index } = this;
    const exportPrice = (e: Evidence) => PRICES_BEFORE_TAX.test(fold(e.text)) && EXPORT.test(fold(index.around(e.start)));
    const exemptPrice = (e: Evidence) => PRICES_BEFORE_TAX.test(fold(e.text)) && VAT_EXEMPT.test(fold(text.slice(Math.max(0, e.start - 200), e.end + 200)));
    return this.found(PROFESSIONAL_HINTS, (e) => this.plainlyNegated(e) || exportPrice(e) || exemptPrice(e) || this.capped(e)).filter((e) => !this.defined(e));
  }

  /** The first consumer hint (a basket, « votre commande », a service at home, …) not plainly negated. */
  consumerHint(): Evidence | undefined {
    return this.found(CONSUMER_HINTS, (e) => this.plainlyNegated(e))[0];
  }

  /** The first cue of the client's firm (« vos salariés », « dans vos locaux ») and of its home, outside a glossary. */
  firmAndHome(): { firm?: Evidence; home?: Evidence } {
    const voided = (e: Evidence) => this.plainlyNegated(e) || this.defined(e);
    return { firm: this.found(FIRM, voided)[0], home: this.found([AT_HOME, ...HOUSEHOLD], voided)[0] };
  }

  /** The ways of a trade between firms (« livrée sur palettes », « franco de port »): enough not to presume consumers. */
  bulkTrade(): boolean {
    return clues(this.text, BULK_TRADE, 1).length > 0;
  }

  /** The household cues weighed (householdCue below), outside a glossary and not plainly negated. */
  household(): Evidence | undefined {
    return householdCue(this.text, (e) => !this.plainlyNegated(e) && !this.defined(e));
  }
}

/** Whether a sentence offers one document, option or offer (a DPA, a pro plan) rather than the terms themselves. */
function offeredToOneKind(sentence: string): boolean {
  return ONE_THING.test(sentence) && OFFERED.test(sentence) && !THE_TERMS.test(sentence);
}

// A heading names a topic (« ## Article 8 — Droit de rétractation »); the first sentence of its body says whether the
// right exists (« … ne s'applique pas aux services numériques … »).
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]|(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)[ \t]*:?[ \t]*$|(?:article|art\.?)[ \t]*\d+)/;
// Only a right named in the heading, denied in the body's first sentence that names it again (or « ce droit »).
function deniedHeading(text: string, e: Evidence, sentenceAt: (offset: number) => string): boolean {
  const right = RIGHT_NAMED.exec(fold(e.text))?.[0];
  if (!right) return false;
  const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
  const lineEnd = text.indexOf("\n", e.end);
  if (lineEnd < 0 || !HEADING_LINE.test(fold(text.slice(lineStart, lineEnd)))) return false;
  const bodyStart = lineEnd + (text.slice(lineEnd).match(/^\s*/)?.[0].length ?? 0);
  const first = fold(sentenceAt(bodyStart));
  if (!first.includes(right) && !/(?<![a-z])(?:ce droit|ce delai|celui-ci|cette faculte)(?![a-z])/.test(first)) return false;
  return NEGATIVE.test(first.replace(/(?<![a-z])sauf(?![a-z])[\s\S]*$/, "").replace(RESTRICTIVE, " "));
}

// A right named as a label whose value denies it (« **Droit de rétractation :** Non applicable aux produits
// personnalisés », « … : sans objet »): the heading and its value are two sentences, read together here.
const DENIED_VALUE = /^[\s*_:—–-]{0,12}(?:non (?:applicable|prevue?|accordee?|ouverte?)|sans objet|aucune?|exclue?|neant)(?![a-z])/;
function deniedLabel(text: string, e: Evidence): boolean {
  return DENIED_VALUE.test(fold(text.slice(e.end, e.end + 40)));
}

// How plainly the services are for households, each kind of cue counted once: the client's home, children or pet, a
// service at its home, the ways only households pay (2: evidently a household's); prices shown with tax and none
// before tax, cash (1 each: a business may have them too). Not a « séance »: training bodies hold sessions too.
// Two make a household; the heaviest cue is the evidence.
const HOUSEHOLD_CUES: Array<[RegExp, number]> = [
  ...HOUSEHOLD.map((p): [RegExp, number] => [p, 2]),
  [AT_HOME, 2],
  [PRICES_WITH_TAX, 1],
  [CASH, 1],
];
function householdCue(text: string, counts: (e: Evidence) => boolean): Evidence | undefined {
  const beforeTax = findAll(text, flexible(PRICES_BEFORE_TAX)).length > 0;
  const cues = HOUSEHOLD_CUES.filter(([p]) => !(p === PRICES_WITH_TAX && beforeTax))
    .map(([p, weight]) => clues(text, p, weight).find(counts))
    .filter((e): e is Evidence => e !== undefined);
  return cues.reduce((sum, e) => sum + e.weight, 0) >= 2 ? strongest(cues) : undefined;
}

// A right or a remedy « applicable uniquement au consommateur en cas de vente à distance », « réservé aux consommateurs
// lorsque … »: a rule for one kind of client, so the terms serve the other too. The terms' own scope names them
// (« les présentes », « nos conditions ») or is not bound to a case.
const TERMS_SUBJECT = /(?<![a-z])(?:presentes|conditions|cg[vu]|contrat|ventes|offres|site|boutique|catalogue|services|produits|prestations)(?![a-z])/;
const RIGHT_NAMED = /(?<![a-z])(?:retractation|reflexion|renonciation|mediation|mediateur|garantie|remboursement)(?![a-z])/;
const CASE_BOUND = /^[^.;\n]{0,40}?(?:en cas d|lorsqu|si |s'il|dans le cas|pour les (?:ventes|contrats) (?:a distance|hors))/;
function ruleForOneKind(text: string, m: { start: number; end: number }): boolean {
  const head = fold(text.slice(Math.max(0, m.start - 160), m.start));
  const before = head.slice(Math.max(head.lastIndexOf("."), head.lastIndexOf(";")) + 1);
  if (TERMS_SUBJECT.test(fold(before))) return false;
  const after = fold(text.slice(m.end, m.end + 60));
  // « Applicable uniquement aux consommateurs, cette garantie impose… »: the right is the phrase's subject, after it;
  // or the clause's heading names it (« ## Article 7 – Garantie légale de conformité »): a rule for one kind of client.
  const subject = /^[^.;:\n]{0,25}?,\s*(?:cette|ce|cet|la|le|leur|son|sa)\s+(\S+)/.exec(after);
  if (subject && TERMS_SUBJECT.test(subject[1]!)) return false;
  return CASE_BOUND.test(after) || RIGHT_NAMED.test(before) || (subject !== null && RIGHT_NAMED.test(subject[1]!)) || RIGHT_NAMED.test(clauseHeading(text, m.start));
}

/** The nearest heading line above `at` (« ## Article 7 – Garantie légale… »), folded; empty if none within 600 characters. */
function clauseHeading(text: string, at: number): string {
  const lines = text.slice(Math.max(0, at - 600), at).split("\n").reverse();
  return fold(lines.find((line) => ANY_HEADING.test(fold(line))) ?? "");
}

// « ## 2. Définitions », « **Article 1 – Définitions** », « LEXIQUE »: up to the next heading.
const DEFINITIONS_HEADING = /^[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?[ \t]*(?:(?:article|art\.?)[ \t]*\d+[ \t]*[-–:.]?[ \t]*|\d+[ \t]*[.)-]?[ \t]*)?(?:definitions?|lexique|glossaire)[ \t]*[.:]?[ \t]*(?:\*\*|__)?[ \t]*$/;
const ANY_HEADING = /^[ \t]*(?:#{1,6}|(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)[ \t]*$|(?:article|art\.?)[ \t]*\d+)/;

/** The definitions sections of a text (offsets), each from its heading to the next heading. */
function definitionSections(text: string): Span[] {
  const sections: Span[] = [];
  let open: number | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const folded = fold(line);
    if (DEFINITIONS_HEADING.test(folded)) {
      if (open !== undefined) sections.push({ start: open, end: offset });
      open = offset;
    } else if (open !== undefined && ANY_HEADING.test(folded)) {
      sections.push({ start: open, end: offset });
      open = undefined;
    }
    offset += line.length + 1;
  }
  if (open !== undefined) sections.push({ start: open, end: text.length });
  return sections;
}
