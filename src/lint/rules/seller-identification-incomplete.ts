import type { Seller } from "../../model/documents.js";
import type { JsonPath } from "../../model/positions.js";
import { compareDates } from "../../legal/dates.js";
import { findAll, findFirst, fold, flexible } from "../scan/text.js";
import type { LintClause, LintDocument, Report, Rule, RuleContext } from "../types.js";
import type { SourceRange } from "../../model/diagnostics.js";
import { findIdentifiers, type ProseIdentifier } from "../scan/identifiers.js";
import {
  ASSOCIATION,
  COMMERCIAL_COMPANY_FORMS,
  EI_MENTION_FROM,
  INDIVIDUAL_ENTREPRENEUR_FORMS,
  LEGAL_FORM_ACRONYMS,
  LEGAL_FORM_WORDS,
  claimsRcsRegistration,
  findProsePlaceholders,
  isPlaceholder,
  withoutHostDetails,
  type ProsePlaceholder,
} from "../scan/identity.js";
import { sentenceAround, sentences } from "../scan/sentences.js";

// Every item reported here is an error: the mention is required by a text in force (C. com.
// R123-237/R123-238, loi 2022-172, CGI ann. II 242 nonies A) and missing or left as a placeholder.
// Items that depend on facts the linter cannot know (is this EI registered at the RCS? is a
// not-subject seller an association?) and Luxembourg mentions the project's legal facts do not
// confirm (S.à r.l. capital) are left out rather than reported at a lower level. A Luxembourg seller's
// VAT number (LTVA art. 63) and RCS number (loi du 19 décembre 2002) are reported on its invoices.

const ITEM_LABELS: Record<string, { fr: string; en: string }> = {
  legalName: { fr: "la dénomination", en: "the legal name" },
  personName: { fr: "le nom de l'entrepreneur", en: "the entrepreneur's name" },
  registeredOffice: { fr: "le siège social", en: "the registered office" },
  siren: { fr: "le SIREN", en: "the SIREN" },
  siret: { fr: "le SIRET", en: "the SIRET" },
  rcs: { fr: "l'immatriculation au RCS", en: "the RCS registration" },
  vatNumber: { fr: "le numéro de TVA intracommunautaire", en: "the intra-EU VAT number" },
  shareCapital: { fr: "le capital social", en: "the share capital" },
  legalForm: { fr: "la forme juridique", en: "the legal form" },
  eiMention: { fr: "la mention « EI »", en: "the \"EI\" mention" },
  legalFormOrEi: { fr: "la forme juridique ou la mention « EI »", en: "the legal form or the \"EI\" mention" },
};

type Reporter = (report: Report) => void;

/** The identity item each finding is about, to skip the same item's placeholder in the clauses. */
const ITEMS_OF_MESSAGE: Record<string, string[]> = {
  registeredOfficeMissing: ["registeredOffice"],
  sirenMissing: ["siren", "siret"],
  rcsCityMissing: ["rcs"],
  shareCapitalMissing: ["shareCapital"],
  vatNumberMissing: ["vatNumber"],
  luVatNumberMissing: ["vatNumber"],
  luRcsNumberMissing: ["rcs"],
};

/** Luxembourg commercial companies, registered at the RCS (« RCS Luxembourg B… »): their forms folded to letters. */
const LU_RCS_REGISTERED_FORMS: ReadonlySet<string> = new Set(["sarl", "sarls", "sa", "sas", "sca", "scs", "scsp", "snc", "se", "sc"]);
const luRegisteredForm = (form: string | undefined) => form !== undefined && LU_RCS_REGISTERED_FORMS.has(fold(form).replace(/[^a-z]/g, ""));

const rule: Rule = {
  meta: {
    id: "seller-identification-incomplete",
    description: {
      fr: "L'identification du vendeur est incomplète : siège, SIREN, RCS, forme juridique, capital, mention « EI » ou valeur d'attente (« en cours »).",
      en: "The seller's identification is incomplete: registered office, SIREN, RCS, legal form, share capital, \"EI\" mention, or a placeholder (\"en cours\").",
    },
    severity: "error",
    category: "identification",
    legalBasis: ["fr.ccom.R123-237", "fr.ccom.R123-238", "fr.loi.2022-172", "fr.cgi-ann2.242-nonies-A", "lu.ltva.art-63", "lu.loi.2002-12-19.rcs"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms", "quote", "invoice", "refund"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      placeholder: {
        fr: "valeur d'attente pour {item} : « {value} » n'est pas une mention légale ; remplacez-la par la valeur réelle, et ne publiez pas le document avant de la connaître.",
        en: "placeholder for {item}: \"{value}\" is not a legal mention; replace it with the real value, and do not publish the document before you know it.",
        basis: ["fr.ccom.R123-237"],
      },
      registeredOfficeMissing: {
        fr: "le siège social n'est pas indiqué : ajoutez son adresse complète (registeredOffice).",
        en: "the registered office is not given: add its full address (registeredOffice).",
        basis: ["fr.ccom.R123-237"],
      },
      sirenMissing: {
        fr: "ni SIREN ni SIRET n'est indiqué : ajoutez le numéro SIREN à 9 chiffres (siren).",
        en: "neither a SIREN nor a SIRET is given: add the 9-digit SIREN (siren).",
        basis: ["fr.ccom.R123-237"],
      },
      rcsCityMissing: {
        fr: "la mention « RCS » suivie de la ville du greffe manque : ajoutez-la, par exemple « RCS Nantes » (rcs.city).",
        en: "the \"RCS\" mention followed by the registry's city is missing: add it, e.g. \"RCS Nantes\" (rcs.city).",
        basis: ["fr.ccom.R123-237"],
      },
      legalFormMissing: {
        fr: "la forme juridique n'est pas indiquée alors que le vendeur est immatriculé au RCS : une société doit l'indiquer avec son capital (SAS, SARL…), un entrepreneur individuel doit faire suivre son nom de « EI » depuis le 15 mai 2022 ; ajoutez-la (legalForm).",
        en: "the legal form is not given although the seller is registered at the RCS: a company must state it with its capital (SAS, SARL…), an individual entrepreneur must add \"EI\" to their name since 15 May 2022; add it (legalForm).",
        basis: ["fr.ccom.R123-237", "fr.ccom.R123-238", "fr.loi.2022-172"],
      },
      legalFormUnknown: {
        fr: "la forme juridique du vendeur n'est pas indiquée (legalForm) : les contrôles qui en dépendent (capital social, immatriculation au RCS, mention « EI ») n'ont pas été faits ; ajoutez-la, par exemple « legalForm: SAS », ou « legalForm: other » si aucune valeur ne convient.",
        en: "the seller's legal form is not given (legalForm): the checks that depend on it (share capital, RCS registration, \"EI\" mention) were skipped; add it, e.g. \"legalForm: SAS\", or \"legalForm: other\" if no value fits.",
        basis: ["fr.ccom.R123-237", "fr.ccom.R123-238"],
      },
      tradeNameOnly: {
        fr: "le vendeur « {name} » n'est désigné que par son nom, sans aucun moyen de l'identifier : indiquez sa dénomination sociale et sa forme (ou son nom suivi de « EI »), son SIREN et, s'il y est immatriculé, « RCS » suivi de la ville du greffe, là où il se nomme.",
        en: "the seller \"{name}\" is named only by its name, with nothing to identify it: give its legal name and form (or its name followed by \"EI\"), its SIREN and, if registered there, \"RCS\" followed by the registry's city, where it names itself.",
        basis: ["fr.ccom.R123-237", "fr.loi.2022-172"],
      },
      identityEmpty: {
        fr: "les coordonnées du vendeur sont annoncées mais absentes : indiquez sa dénomination et sa forme (ou son nom suivi de « EI »), son adresse, son SIREN et, s'il y est immatriculé, « RCS » suivi de la ville du greffe.",
        en: "the seller's details are announced but missing: give its legal name and form (or its name followed by \"EI\"), its address, its SIREN and, if registered there, \"RCS\" followed by the registry's city.",
        basis: ["fr.ccom.R123-237"],
      },
      shareCapitalMissing: {
        fr: "une société commerciale ({form}) doit indiquer le montant de son capital social : ajoutez-le, ou « capital variable » (shareCapital).",
        en: "a commercial company ({form}) must state its share capital: add it, or \"capital variable\" (shareCapital).",
        basis: ["fr.ccom.R123-238"],
      },
      eiNameMissing: {
        fr: "entrepreneur individuel sans son nom : depuis le 15 mai 2022, le nom de l'entrepreneur doit figurer, immédiatement précédé ou suivi de « EI » ou « entrepreneur individuel » ; écrivez par exemple « Jeanne Martin EI » (personName).",
        en: "individual entrepreneur without their name: since 15 May 2022, the person's name must appear immediately before or after \"EI\" or \"entrepreneur individuel\"; write e.g. \"Jeanne Martin EI\" (personName).",
        basis: ["fr.loi.2022-172"],
      },
      legalFormOrEiMissing: {
        fr: "le vendeur donne son numéro SIREN ou SIRET mais ni sa forme juridique ni la mention « EI » : une société écrit sa forme et son capital (« Exemple SARL au capital de 1 000 € »), un entrepreneur individuel fait précéder ou suivre son nom de « EI » ou « entrepreneur individuel » (depuis le 15 mai 2022) ; ajoutez celle qui vaut pour vous là où le vendeur se nomme (une association, qui n'y est pas tenue, le dit).",
        en: "the seller gives its SIREN or SIRET but neither its legal form nor the \"EI\" mention: a company states its form and capital (\"Exemple SARL au capital de 1 000 €\"), an individual entrepreneur writes \"EI\" or \"entrepreneur individuel\" right before or after their name (since 15 May 2022); add the one that applies where the seller names itself (an association, which owes neither, says it is one).",
        basis: ["fr.ccom.R123-237", "fr.ccom.R123-238", "fr.loi.2022-172"],
      },
      eiMentionMissing: {
        fr: "entrepreneur individuel (micro-entrepreneur, commerçant ou artisan en nom propre) sans la mention « EI » : depuis le 15 mai 2022, le nom de l'entrepreneur individuel doit être immédiatement précédé ou suivi de « EI » ou « entrepreneur individuel » ; écrivez par exemple « Jeanne Martin EI ».",
        en: "individual entrepreneur (a micro-entrepreneur, a trader or craftsman in their own name) without the \"EI\" mention: since 15 May 2022, the individual entrepreneur's name must come immediately before or after \"EI\" or \"entrepreneur individuel\"; write e.g. \"Jeanne Martin EI\".",
        basis: ["fr.loi.2022-172"],
      },
      incomplete: {
        fr: "l'identification du vendeur est incomplète : manquent {items} ; ajoutez-les là où le vendeur se nomme, par exemple « Exemple SAS au capital de 10 000 €, RCS Nantes 732 829 320 ».",
        en: "the seller's identification is incomplete: {items} are missing; add them where the seller names itself, e.g. \"Exemple SAS au capital de 10 000 €, RCS Nantes 732 829 320\".",
        basis: ["fr.ccom.R123-237", "fr.ccom.R123-238"],
      },
      eiMentionWithoutName: {
        fr: "« {mention} » n'est pas accompagné du nom de l'entrepreneur : depuis le 15 mai 2022, le nom de la personne doit précéder ou suivre immédiatement « EI » ; écrivez par exemple « Jeanne Martin EI ».",
        en: "\"{mention}\" does not come with the entrepreneur's name: since 15 May 2022, the person's name must come immediately before or after \"EI\"; write e.g. \"Jeanne Martin EI\".",
        basis: ["fr.loi.2022-172"],
      },
      vatNumberMissing: {
        fr: "le numéro de TVA intracommunautaire du vendeur manque sur la facture alors qu'il facture la TVA : ajoutez-le (vat.number).",
        en: "the seller's intra-EU VAT number is missing on the invoice although it charges VAT: add it (vat.number).",
        basis: ["fr.cgi-ann2.242-nonies-A"],
      },
      luVatNumberMissing: {
        fr: "le numéro d'identification à la TVA du vendeur luxembourgeois manque sur la facture alors qu'il facture la TVA : ajoutez-le au fichier vendeur (vat.number, « LU » suivi de 8 chiffres).",
        en: "the Luxembourg seller's VAT identification number is missing on the invoice although it charges VAT: add it to the seller file (vat.number, \"LU\" followed by 8 digits).",
        basis: ["lu.ltva.art-63"],
      },
      luRcsNumberMissing: {
        fr: "le numéro d'immatriculation au registre de commerce et des sociétés du vendeur luxembourgeois, une société « {form} », manque sur la facture : ajoutez-le au fichier vendeur (rcs.number, par exemple « B123456 »).",
        en: "the trade and companies register number of the Luxembourg seller, a \"{form}\" company, is missing on the invoice: add it to the seller file (rcs.number, e.g. \"B123456\").",
        basis: ["lu.loi.2002-12-19.rcs"],
      },
    },
  },
  check(context) {
    if (context.doc.mode === "facts") checkFacts(context);
    else checkProse(context);
  },
};

function label(item: string, context: RuleContext): string {
  const l = ITEM_LABELS[item]!;
  return context.locale === "en" ? l.en : l.fr;
}

function checkFacts(context: RuleContext): void {
  const { doc } = context;
  const seller = doc.seller;
  if (!seller) return;
  // Items already reported from the facts: the same words in a clause are the same defect.
  const covered = new Set<string>();
  const report: Reporter = (r) => {
    for (const item of ITEMS_OF_MESSAGE[r.messageId] ?? []) covered.add(item);
    context.report(r);
  };
  const at = (path: JsonPath) => {
    const range = doc.locateSellerFact(path);
    return { range, file: range.file };
  };
  const placeholder = (item: string, path: JsonPath, value: string) => {
    covered.add(item);
    report({ messageId: "placeholder", data: { item: label(item, context), value }, ...at(path) });
  };

  checkSellerFacts(context, seller, report, at, placeholder);
  reportProsePlaceholders(context, covered);
}


// « immatriculée au RCS sous le numéro 8451168610010 »: a registry number of the wrong length is no SIREN (R123-237 1°):
// the identity still lacks its number (invalid-identifier says the number is wrong).
function isSirenShaped(i: ProseIdentifier): boolean {
  return (i.kind === "siren" || i.kind === "siret") && /^(?:\d{9}|\d{14})$/.test(i.value.replace(/\D/g, ""));
}

function checkSellerFacts(
  { doc, asOf }: RuleContext,
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  if (isPlaceholder(seller.legalName)) placeholder("legalName", ["legalName"], seller.legalName);
  checkRegisteredOffice(seller, report, at, placeholder);
  // Without a legal form the checks it decides cannot run: say so rather than pass in silence
  // (a French seller that names an RCS registration gets legalFormMissing, an error, instead).
  if (!seller.legalForm && (seller.country === "LU" || (seller.country === "FR" && !claimsRcsRegistration(seller)))) {
    report({ messageId: "legalFormUnknown", severity: "warning", ...at(["legalForm"]) });
  }

  if (seller.country === "LU") {
    checkLuxembourgSeller(doc.kind, seller, report, at, placeholder);
    return;
  }
  if (seller.country !== "FR") return;
  const ei = seller.legalForm !== undefined && INDIVIDUAL_ENTREPRENEUR_FORMS.has(seller.legalForm);
  if (ei && compareDates(asOf, EI_MENTION_FROM) >= 0) {
    if (isPlaceholder(seller.personName)) placeholder("personName", ["personName"], seller.personName!);
    else if (!seller.personName?.trim()) report({ messageId: "eiNameMissing", ...at(["personName"]) });
  }
  if (!seller.legalForm && claimsRcsRegistration(seller)) report({ messageId: "legalFormMissing", ...at(["legalForm"]) });
  if (seller.legalForm && COMMERCIAL_COMPANY_FORMS.has(seller.legalForm) && seller.shareCapital === undefined) {
    report({ messageId: "shareCapitalMissing", data: { form: seller.legalForm }, ...at(["shareCapital"]) });
  }

  const sirenPlaceholders = (["siren", "siret"] as const).filter((k) => isPlaceholder(seller[k]));
  for (const k of sirenPlaceholders) placeholder(k, [k], seller[k]!);
  // A French RCS number is the SIREN itself ("RCS Nantes 732 829 320").
  const hasSiren = [seller.siren, seller.siret, seller.rcs?.number].some((v) => v !== undefined && /\d{9}/.test(v.replace(/[\s.]/g, "")));
  if (!hasSiren && !sirenPlaceholders.length && seller.legalForm !== "association") report({ messageId: "sirenMissing", ...at(["siren"]) });

  const rcsPlaceholder = (["city", "number"] as const).find((k) => isPlaceholder(seller.rcs?.[k]));
  if (rcsPlaceholder) placeholder("rcs", ["rcs", rcsPlaceholder], seller.rcs![rcsPlaceholder]!);
  else if (claimsRcsRegistration(seller) && !seller.rcs?.city?.trim()) report({ messageId: "rcsCityMissing", ...at(["rcs", "city"]) });

  if (isPlaceholder(seller.vat.number)) placeholder("vatNumber", ["vat", "number"], seller.vat.number!);
  // The VAT number is a mention of invoices only (CGI ann. II 242 nonies A); R123-237 does not ask it on terms.
  else if (doc.kind === "invoice" && seller.vat.regime === "liable" && !seller.vat.number) {
    report({ messageId: "vatNumberMissing", ...at(["vat", "number"]) });
  }
}

/** The identifiers a Luxembourg seller's invoices carry; the other documents are not asked them here. */
function checkLuxembourgSeller(
  kind: LintDocument["kind"],
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  if (isPlaceholder(seller.vat.number)) placeholder("vatNumber", ["vat", "number"], seller.vat.number!);
  else if (kind === "invoice" && seller.vat.regime === "liable" && !seller.vat.number?.trim()) report({ messageId: "luVatNumberMissing", ...at(["vat", "number"]) });

  if (isPlaceholder(seller.rcs?.number)) placeholder("rcs", ["rcs", "number"], seller.rcs!.number!);
  else if (kind === "invoice" && luRegisteredForm(seller.legalForm) && !seller.rcs?.number?.trim()) {
    report({ messageId: "luRcsNumberMissing", data: { form: seller.legalForm! }, ...at(["rcs", "number"]) });
  }
}

function checkRegisteredOffice(
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  const office = seller.registeredOffice;
  if (!office) {
    report({ messageId: "registeredOfficeMissing", ...at(["registeredOffice"]) });
    return;
  }
  const field = (["street", "postalCode", "city"] as const).find((k) => isPlaceholder(office[k]));
  if (field) placeholder("registeredOffice", ["registeredOffice", field], office[field]!);
}

// Prose: the seller identifies itself in the first passage that carries an identity anchor (the
// web host's and the publication director's details left out: they are another company's).
// « capital 5 000 € », « Capital : 12 000 € » (a footer's or a table's share capital, its amount right after the word) is
// the seller speaking of itself, like « au capital de ».
const ANCHOR = flexible(
  /\b(?:siren|siret|rcs|r\.c\.s|registre d(?:u|e) commerce|repertoire des metiers|siege social|immatricule|capital social|au capital de|capital\s*:?\s*\d|capital variable|tva intracommunautaire|entrepreneur individuel|micro[- ]?entrepr[a-z]*|auto[- ]?entrepr[a-z]*)\b/,
);
// « RCS », « R.C.S. », the registry in words, or its court: « immatriculée au (greffe du) tribunal de commerce de Pontoise ».
const REGISTERED = flexible(/\b(?:rcs|r\.c\.s|registre d(?:u|e) commerce|immatricule[a-z]* (?:au|aupres du) (?:greffe|tribunal))\b/);
const IDENTITY_WINDOW = 400;
const CAPITAL = /\bcapital\b/;
// A micro-entrepreneur is an entrepreneur individuel: since 15 May 2022 « EI » goes next to its name.
const MICRO_ENTREPRENEUR = flexible(/\b(?:micro[- ]?entrepr[a-z]*|auto[- ]?entrepr[a-z]*)\b/);
// « Forme juridique : Entreprise individuelle », « Statut : entreprise individuelle »: the seller's status,
// which is not the « EI » mention next to the name (C. com. R526-26).
const INDIVIDUAL_STATUS = flexible(/\b(?:forme(?: juridique)?|statut(?: juridique)?)\s*:?[^\n.]{0,40}\bentreprise individuelle\b/);
// « Raison sociale : Exemple SAS », « | Dénomination | Exemple SARL | »: the seller's legal name, with its form.
const NAME_LABEL = /(?:raison sociale|denomination(?: sociale)?|editeur|vendeur|prestataire)\s*(?:\*\*)?\s*[:|]/;
const COMPANY_WORDS = flexible(/\b(?:societe cooperative (?:d.interet collectif|ouvriere de production)|societe (?:anonyme|par actions? simplifiee?(?: unipersonnelle)?|a responsabilite limitee?|en nom collectif|en commandite)|entreprise unipersonnelle a responsabilite limitee)\b/);
const COMPANY_ACRONYMS = /(?<![\p{L}\p{N}])(?:SA|SAS|SASU|SARL|EURL|SNC|SCS|SCA|SCOP|SCIC|SELARL|SELAS|S\.A\.S?\.?U?\.?|S\.A\.R\.L\.?|E\.U\.R\.L\.?)(?![\p{L}\p{N}])/u;

interface Passage {
  clause: LintClause;
  start: number;
  end: number;
  text: string;
  /** The legal-name row the passage was found from (« | Raison sociale | Exemple SAS | »): where its missing items belong. */
  nameRow?: { start: number; end: number };
  /** Where the identity mention the passage was found from starts, in the clause's body. */
  anchor: number;
  /** Found from the party sentence (« entre X SAS et ses clients »), the seller having written no identity mention. */
  party?: true;
}

function checkProse(context: RuleContext): void {
  const { doc, asOf } = context;
  const report = (clause: LintClause, start: number, end: number, messageId: string, data?: Record<string, unknown>) =>
    context.report({ messageId, data, range: clause.locate(start, end) });

  const reported = reportProsePlaceholders(context, new Set());
  if (doc.law !== "FR") return;

  const own = doc.clauses.map((c) => ({ clause: c, body: withoutThirdParties(withoutHostDetails(c.body)) }));
  // A template's identity labels left blank (« SIRET : », « Adresse postale : »): the identity is announced and absent.
  const blank = blankIdentityFields(own);
  if (blank) {
    context.report({ messageId: "identityEmpty", range: blank.clause.locate(blank.start, blank.end) });
    return;
  }
  const anchored = identityPassage(own);
  // A natural person who trades (« Paul Durand – commerçant ») is registered at the RCS whether or not the text
  // says so: its line is the seller's block when no identity mention is written.
  const traderAt = traderLine(own);
  // (A company that calls itself a trader, « Brume SAS, commerçant en ligne », is a company.)
  const trader = traderAt && !COMPANY_ACRONYMS.test(lineText(traderAt)) && (!anchored || (anchored.clause === traderAt.clause && anchored.start <= traderAt.start && traderAt.start < anchored.end)) ? traderAt : undefined;
  const passage = anchored ?? (trader && passageAt(trader.clause, trader.start, trader.end, trader.body));
  if (!passage) {
    // No identity at all: whether the seller is registered (and owes a SIREN) cannot be known, unless the
    // terms announce its details and leave them empty, or name it by its name only: as the party that sells
    // (« entre Hippô'kom, agence de communication, et ses clients »), by its role (« X (dite le vendeur) »), or
    // as whoever offers what the terms govern — a business without any number to find it by.
    const empty = emptyIdentity(own);
    if (empty) {
      context.report({ messageId: "identityEmpty", range: empty.clause.locate(empty.start, empty.end) });
      return;
    }
    const found = sellerParty(own) ?? sellerDefinedByRole(own) ?? sellerOfTheseTerms(own) ?? companyOfTheseTerms(own) ?? sellerLocated(own) ?? sellerByShopOrSite(own, doc.text);
    const party = found && withoutTrailingConnector(found);
    if (party && definedRole(own, party.name)) return;
    // A seller known only by its website has no line that names it: its identity is missing from the whole text.
    const home = party && ("website" in party ? doc.locateSellerFact(["legalName"]) : ownIdentityLine(own, party.name) ?? firstNamedAsSeller(own, party.name));
    if (party && !reported.has("siren") && !reported.has("siret")) context.report({ messageId: "tradeNameOnly", data: { name: party.name }, range: home ?? party.clause.locate(party.start, party.end) });
    return;
  }
  const ownSentences = own.flatMap((c) => sellerSentences(c.body));
  // A definition list's bold term (« **RCS** » then « : Angers 732 829 320 ») is read as a heading: the term belongs
  // with the value under it.
  const headed = (c: { clause: LintClause; body: string }) => `${c.clause.title ?? ""}\n${c.body}`;
  const registered = reported.has("rcs") || ownSentences.some((s) => REGISTERED.test(fold(s))) || own.some((c) => c.clause.title !== undefined && REGISTERED.test(fold(c.clause.title)) && findIdentifiers(headed(c)).some(isSirenShaped));
  // A registration reported as pending (« En cours de création ») is the one defect: no SIREN exists yet.
  const hasSiren = reported.has("rcs") || reported.has("siren") || reported.has("siret") || own.some((c) => findIdentifiers(headed(c)).some(isSirenShaped));
  // A seller often names itself twice (« les ventes de Brume SAS » at the top, the full block in the legal
  // notice): its capital and its « EI » are missing only if no block of the seller gives them. The form stays
  // the first block's (« la Société X » there and « entrepreneur individuel » pages later do not make a form).
  const blocks = [passage, ...identityPassages(own).filter((p) => p.clause !== passage.clause || p.end <= passage.start || p.start >= passage.end)];
  const inSomeBlock = (test: (text: string) => boolean) => blocks.some((b) => test(b.text));
  // « **SO FAST CAR SAS** » alone on its line reads as the heading of the block below it: the name, with its form,
  // is the passage's title when the passage opens its clause.
  const named = passage.start === 0 ? `${passage.clause.title}\n${passage.text}` : passage.text;
  const hasForm = findFirst(named, LEGAL_FORM_WORDS) !== undefined || LEGAL_FORM_ACRONYMS.test(named) || OTHER_FORMS.test(named);
  const company = findFirst(passage.text, COMPANY_WORDS) ?? findFirstCased(passage.text, COMPANY_ACRONYMS);
  // An association (loi 1901) is not registered at the RCS and has no share capital; a company that names one is still a company.
  if (!company && findFirst(passage.text, ASSOCIATION)) return;

  // Absent items: one finding for the seller's block, on the line that names the seller.
  const absent: Array<{ item: string; messageId: string; data?: Record<string, unknown> }> = [];
  if (!hasSiren && (registered || company || trader)) absent.push({ item: "siren", messageId: "sirenMissing" });
  // A trader in person has no legal form to state (its « EI » mention is asked below).
  if (!hasForm && registered && !trader) absent.push({ item: "legalForm", messageId: "legalFormMissing" });
  if (company && !reported.has("shareCapital") && !inSomeBlock((t) => findFirst(t, CAPITAL) !== undefined)) {
    absent.push({ item: "shareCapital", messageId: "shareCapitalMissing", data: { form: company.text } });
  }
  if ((company || trader) && !registered) absent.push({ item: "rcs", messageId: "rcsCityMissing" });
  // Every registered seller gives its registered office (R123-237 3°): an address anywhere in its own words will do.
  if ((registered || company || trader) && !own.some((c) => givesAnAddress(c.body))) absent.push({ item: "registeredOffice", messageId: "registeredOfficeMissing" });
  const ei = compareDates(asOf, EI_MENTION_FROM) >= 0;
  const status = findFirst(passage.text, INDIVIDUAL_STATUS);
  const eiMissing = !inSomeBlock((t) => eiMentionsOf(t).length > 0);
  if (ei && (findFirst(passage.text, MICRO_ENTREPRENEUR) || status || trader) && eiMissing) absent.push({ item: "eiMention", messageId: "eiMentionMissing" });
  // A business number with neither a form nor « EI » anywhere in the seller's own words: either a company that
  // does not say its form (R123-237/238) or an entrepreneur individuel without the mention next to its name (R526-26).
  else if (ei && hasSiren && !registered && !company && !trader && !hasForm && eiMissing && !own.some((c) => namesAnyForm(c.body) || namesAnyForm(c.clause.title))) {
    absent.push({ item: "legalFormOrEi", messageId: "legalFormOrEiMissing" });
  }
  // The « EI » mention alone is missing where a status line was written in its stead: reported there.
  const statusRange = absent.length === 1 && absent[0]!.item === "eiMention" && status ? passage.clause.locate(passage.start + status.start, passage.start + status.end) : undefined;
  const nameRow = passage.nameRow ? passage.clause.locate(passage.nameRow.start, passage.nameRow.end) : undefined;
  const nameLine = trader ? passage.clause.locate(trader.start, trader.end) : blockNameLine(passage);
  // A company named as a party and, further on, atop its own contact block: the block is where its missing items belong.
  const block = passage.party ? nameAtopAddress(own) : undefined;
  const range = statusRange ?? nameRow ?? block ?? nameLine ?? doc.locateSellerFact(["legalName"]);
  // One report per seller block: a placeholder in the block (« SASU en cours d'immatriculation ») already is it.
  const placeholderInBlock = findProsePlaceholders(passage.clause.body).some((p) => p.start >= passage.start && p.start < passage.end);
  if (placeholderInBlock) absent.length = 0;
  if (absent.length === 1) context.report({ messageId: absent[0]!.messageId, data: absent[0]!.data, range });
  else if (absent.length > 1) {
    const items = absent.map((a) => label(a.item, context));
    const list = `${items.slice(0, -1).join(", ")} ${context.locale === "en" ? "and" : "et"} ${items[items.length - 1]}`;
    context.report({ messageId: "incomplete", data: { items: list }, range });
  }

  if (ei) {
    const unnamed = eiMentionsWithoutName(passage.text)[0];
    if (unnamed) report(passage.clause, passage.start + unnamed.start, passage.start + unnamed.end, "eiMentionWithoutName", { mention: unnamed.text });
  }
}

// « régissent les relations (contractuelles) entre X et ses clients », « conclu entre X et le Client »: X is the
// seller, named as a party. « entre le Prestataire et le Client » names no one.
// « … et toute personne effectuant un achat », « … et toute Organisation souscrivant »: the other party, however named.
const PARTY = new RegExp(String.raw`\bentre\s+(?:la societe\s+|l'entreprise\s+|l'agence\s+)?(\*{0,2}\p{Lu}[^,;.()\n]{0,60}?)\*{0,2}(?:\s*\([^)\n]{0,80}\)|,[^;.\n]{0,80},)?\s+et\s+(?:[Ss]es|[Ss]on|[Ss]a|[Ll]e|[Ll]a|[Ll]es|[Ll]'|[Tt]out|[Tt]oute|[Tt]ous|[Tt]outes)\s*(?:[Cc]lients?|[Cc]lientes?|[Aa]cheteurs?|[Uu]tilisateurs?|[Cc]ocontractants?|[Mm]embres?|[Mm]andants?|[Ss]tagiaires?|[Pp]articipants?|[Pp]ersonnes?|[Oo]rganisations?|[Ee]ntreprises?|[Ss]tructures?|[Pp]rofessionnels?|[Cc]onsommateurs?|[Ss]ouscripteurs?|[Aa]bonnés?|[Bb]énéficiaires?|[Aa]pprenants?)\b`, "u");
// « entre le Prestataire et … », « entre Vous et … »: roles, not names; « Les Bocaux de Lou » is a name.
// A single common noun (« la Plateforme (ci-après « le Prestataire ») », « le Site ») is a word the terms define.
const NOT_A_NAME = /^(?:(?:le|la|les|l')\s*(?:prestataire|vendeur|vendeuse|societe|entreprise|client|editeur|parties?|acheteur|professionnel|utilisateur|organisme|site)\b|(?:vous|nous|tout|toute|ce|cette|chaque|un|une|prestataire|vendeur|societe|entreprise|client|editeur)\b|(?:plateforme|site|application|boutique|agence|magasin|association|organisme|marque|service|cabinet|centre|studio|atelier|ecole)s?$)/u;

/** « prestations réalisées par La Maquilleuse et en vue de… »: a name ends before a connector word. */
function withoutTrailingConnector<T extends { start: number; end: number; name: string }>(party: T): T {
  const name = party.name.replace(/(?:[ \t]+(?:de|du|des|la|le|et|d'))+$/u, "");
  return { ...party, name, end: party.end - (party.name.length - name.length) };
}

// « d'une part, « La Maquilleuse », … » : an article and one word, written in quotes as a defined term, name the
// seller's role like « le Prestataire » (its identity is on the quote or order form), not a trade name.
function definedRole(own: Array<{ body: string }>, name: string): boolean {
  if (!/^(?:le|la|les|l['’])\s*[\p{L}-]+$/u.test(fold(name))) return false;
  const quoted = new RegExp(String.raw`[«"“]\s*${fold(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s*[»"”]`, "u");
  return own.some(({ body }) => quoted.test(fold(body)));
}

// « conclus entre le Client et Lumen Conseil »: the client's role named first, then the seller by its name.
const PARTY_CLIENT_FIRST = flexible(/\bentre\s+(?:le|la|les|l')\s*(?:clients?|clientes?|acheteurs?|commanditaires?|utilisateurs?|abonnes?|souscripteurs?|consommateurs?|participants?|stagiaires?|beneficiaires?)\s+et\s+(?:la societe\s+|l'entreprise\s+|l'agence\s+)?/);

/** The seller named as a party of the terms, by its name only. */
function sellerParty(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
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
function sellerDefinedByRole(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
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

// « les ventes conclues par la société Papeterie Nova », « lient la Société Atelier Brume et le client »: a company,
// called so in the sentence that says what the terms govern, without anything that identifies it.
// « les droits et obligations de l'agence Bulle2com et de ses clients »: an agency, likewise.
const CALLED_COMPANY = flexible(/\b(?:(?:la|notre) societe|l'agence|notre agence)\s+/);

function companyOfTheseTerms(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, CALLED_COMPANY)) {
      if (!TERMS_SENTENCE.test(fold(sentenceAround(body, m.start, m.end).text))) continue;
      const name = NAME_AT_START.exec(body.slice(m.end));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: m.end, end: m.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

function sellerOfTheseTerms(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, OFFERED_BY)) {
      if (!/\bpresentes\b/.test(fold(sentenceAround(body, m.start, m.end).text))) continue;
      const name = NAME_AT_START.exec(body.slice(m.end));
      if (name && !NOT_A_NAME.test(fold(name[1]!))) return { clause, start: m.end, end: m.end + name[1]!.length, name: name[1]! };
    }
  }
  return undefined;
}

// « Article 1 – Identification du vendeur », « Vendeur », « Mentions légales »: the clause whose subject is the seller's
// identity is where its missing items belong (docs/writing-rules.md: the finding goes where the fix is written), not
// the opening sentence that names it in passing.
const IDENTITY_TITLE = /(?<![\p{L}])(?:identification|identite|vendeur|vendeuse|prestataire|editeur|mentions legales|informations legales|qui sommes-nous|coordonnees)(?![\p{L}])/u;

function ownIdentityLine(own: Array<{ clause: LintClause; body: string }>, name: string): SourceRange | undefined {
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

function firstNamedAsSeller(own: Array<{ clause: LintClause; body: string }>, name: string): SourceRange | undefined {
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

function sellerLocated(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number; name: string } | undefined {
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

function sellerByShopOrSite(own: Array<{ clause: LintClause; body: string }>, text: string): { clause: LintClause; start: number; end: number; name: string; website?: true } | undefined {
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

// « Les coordonnées du Prestataire sont les suivantes : » with nothing after it in its clause: a template left empty.
const IDENTITY_LEAD_IN = flexible(/\b(?:les )?(?:coordonnees|informations|mentions) (?:legales )?(?:du|de la|de l') ?(?:prestataire|vendeur|vendeuse|editeur|societe|professionnel|entreprise|organisme) sont les suivantes\s*:|\ble site (?:[^\s]+ )?est edite par\s*:/);

// The labels of the seller's own identity items (not « Téléphone », « E-mail »: contact lines say nothing of who
// sells). A line holding one of them, a colon and nothing else is a field left blank.
const BLANK_IDENTITY_FIELD = /^[^\S\n]*(?:[-*][^\S\n]+)?(?:\*\*)?[^\S\n]*(?:numero[^\S\n]+)?(?:siret|siren|rcs|raison sociale|denomination(?: sociale)?|forme juridique|capital(?: social)?|siege(?: social)?|adresse(?: postale| du siege(?: social)?)?|(?:n°[^\S\n]*)?tva(?: intracommunautaire)?|etablissement|statut)[^\S\n]*(?:\*\*)?[^\S\n]*:[^\S\n]*(?:\*\*)?[^\S\n]*$/gmu;

/** Two identity fields or more left blank in one clause (one blank line may be a label whose value follows). */
function blankIdentityFields(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number } | undefined {
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

function emptyIdentity(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; start: number; end: number } | undefined {
  for (const { clause, body } of own) {
    const m = findFirst(body, IDENTITY_LEAD_IN);
    if (m && body.slice(m.end).trim() === "") return { clause, start: body.lastIndexOf("\n", m.start) + 1, end: m.end };
  }
  return undefined;
}

// « propriété de la SAS Automoclick », « entre AJ-Formation SARL et toute personne »: the seller named with its
// form in the sentence that says whose terms these are, with no number anywhere.
const NAMES_THE_SELLER = flexible(/\b(?:entre|propriete de|edite par|exploite par|(?:proposee?s?|fournie?s?|vendue?s?|realisee?s?|dispensee?s?|delivree?s?) par)\b/);

function companyNamedAsSeller(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, NAMES_THE_SELLER)) {
      const after = body.slice(m.end, m.end + 100);
      const form = findFirstCased(after, COMPANY_ACRONYMS) ?? findFirst(after, COMPANY_WORDS);
      // The form in the same clause of the sentence (before its next full stop or semicolon).
      if (form && !/[.;]/.test(after.slice(0, form.start))) return passageAt(clause, m.end + form.start, m.end + form.end, body);
    }
  }
  return undefined;
}

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

/** Placeholders written in the clauses, one per item, except the items in `covered`; returns the items reported. */
function reportProsePlaceholders(context: RuleContext, covered: ReadonlySet<string>): Set<ProsePlaceholder["item"]> {
  const reported = new Set<ProsePlaceholder["item"]>();
  const folded = fold(context.doc.text);
  const pendingNumberAllowed = TRADES_AS_INDIVIDUAL.test(folded) && !REGISTERED_COMPANY_ACRONYM.test(context.doc.text) && !REGISTERED_COMPANY_WORDS.test(folded);
  for (const clause of context.doc.clauses) {
    for (const p of findProsePlaceholders(clause.body)) {
      if (reported.has(p.item) || covered.has(p.item)) continue;
      if (pendingNumberAllowed && (p.item === "siren" || p.item === "siret") && NUMBER_BEING_ASSIGNED.test(fold(p.text))) continue;
      reported.add(p.item);
      context.report({ messageId: "placeholder", data: { item: label(p.item, context), value: p.text }, range: clause.locate(p.start, p.end) });
    }
  }
  return reported;
}

/**
 * The passage around the first identity anchor of the document (the seller speaks of itself first), host
 * details blanked; failing any, around a company form written in words (« une société à responsabilité limitée »).
 */
function identityPassage(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  // A legal-name row (« | Raison sociale | Exemple SAS | ») before the first anchor is where the seller names itself
  // (a later « siège social de l'Éditeur » in the forum clause is not its identity block).
  const labelled = labelledCompany(own);
  const anchored = passageAround(own, ANCHOR);
  if (labelled && (!anchored || precedes(own, labelled, anchored))) return labelled;
  const found = anchored ?? passageAround(own, COMPANY_WORDS) ?? labelled;
  if (found) return found;
  const party = companyNamedAsSeller(own);
  return party && { ...party, party: true };
}

function precedes(own: Array<{ clause: LintClause }>, a: Passage, b: Passage): boolean {
  const [ia, ib] = [own.findIndex((c) => c.clause === a.clause), own.findIndex((c) => c.clause === b.clause)];
  return ia < ib || (ia === ib && a.start < b.start);
}

/** A company named with its form after a legal-name label (« Raison sociale : Exemple SAS »): a company form says it is registered. */
function labelledCompany(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  for (const { clause, body } of own) {
    let offset = 0;
    for (const line of body.split("\n")) {
      const label = NAME_LABEL.exec(fold(line));
      const form = label ? findFirstCased(line.slice(label.index + label[0].length), COMPANY_ACRONYMS) : undefined;
      if (label && form) {
        const start = Math.max(0, offset - IDENTITY_WINDOW);
        const end = Math.min(body.length, offset + line.length + IDENTITY_WINDOW);
        return { clause, start, end, text: body.slice(start, end), nameRow: { start: offset, end: offset + line.length }, anchor: offset };
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}

/** Every identity passage of the seller (an identity mention and its surroundings), a clause's overlapping ones merged. */
function identityPassages(own: Array<{ clause: LintClause; body: string }>): Passage[] {
  const out: Passage[] = [];
  for (const { clause, body } of own) {
    for (const m of findAll(body, ANCHOR)) {
      if (isReferenceToSeat(body, m.start, m.end)) continue;
      const last = out[out.length - 1];
      if (last && last.clause === clause && m.start - IDENTITY_WINDOW < last.end) {
        last.end = Math.min(body.length, m.end + IDENTITY_WINDOW);
        last.text = body.slice(last.start, last.end);
      } else out.push(passageAt(clause, m.start, m.end, body));
    }
  }
  return out;
}

function passageAround(own: Array<{ clause: LintClause; body: string }>, pattern: RegExp): Passage | undefined {
  for (const { clause, body } of own) {
    const anchor = findAll(body, pattern).find((m) => !isReferenceToSeat(body, m.start, m.end));
    if (anchor) return passageAt(clause, anchor.start, anchor.end, body);
  }
  return undefined;
}

function passageAt(clause: LintClause, from: number, to: number, body: string): Passage {
  const start = Math.max(0, from - IDENTITY_WINDOW);
  const end = Math.min(body.length, to + IDENTITY_WINDOW);
  return { clause, start, end, text: body.slice(start, end), anchor: from };
}

// « le tribunal du siège social du Vendeur », « au siège social de la Société »: the seat referred to, not the
// seller naming itself (its block may come later, in a footer).
const SEAT_REFERENCE_BEFORE = /(?:tribuna|juridiction|competen|litige|ressort|lieu|adress|envoy|retourn)[^.;\n]{0,60}$/;
const SEAT_REFERENCE_AFTER = /^\s+(?:du|de la|de l'|de notre|de son|de sa)\s+(?:vendeur|prestataire|societe|editeur|entreprise|professionnel|fournisseur|organisme)\b/;

// « les informations légales de l'Organisation (raison sociale, SIRET, TVA) », « le Client indique son SIRET »: a
// field the client fills in, named without a number, is not the seller naming itself.
const CLIENT_WORDS = /\b(?:client|cliente|acheteur|acheteuse|organisation|utilisateur|utilisatrice|souscripteur|abonne|consommateur|membre|beneficiaire)s?\b/;

function isReferenceToSeat(body: string, start: number, end: number): boolean {
  const words = fold(body.slice(start, end));
  // (« mention du SIREN et du numéro de TVA intracommunautaire des parties » lists an invoice's fields: no number, no identity.)
  const numbered = /\d/.test(body.slice(end, end + 40));
  if (/^(?:siren|siret|tva)/.test(words) && !numbered && !/^\s*:/.test(body.slice(end, end + 5))) return true;
  if (/^(?:rcs|r\.c\.s)/.test(words) && !numbered && CLIENT_WORDS.test(fold(sentenceAround(body, start, end).text))) return true;
  if (!/^siege/.test(words)) return false;
  // « pour les personnes morales dont le siège social se situe en France »: the clients' seat, not the seller's.
  const before = fold(body.slice(Math.max(0, start - 80), start));
  if (/\bdont le\s*$/.test(before) && (CLIENT_WORDS.test(before) || /\bpersonnes? morales?\b/.test(before))) return true;
  return SEAT_REFERENCE_BEFORE.test(fold(body.slice(Math.max(0, start - 80), start))) || SEAT_REFERENCE_AFTER.test(fold(body.slice(end, end + 40)));
}

// A mediator's, an insurer's, a bank's or a carrier's details (« le médiateur … SIRET … », « assurance souscrite
// auprès de X SA, RCS Paris … ») are another business's: blanked from the words that name that role to the end of
// their sentence, so the seller's own mentions earlier in the sentence stay.
const THIRD_PARTY = flexible(/\b(?:mediat(?:eur|rice|ion)|assur(?:eur|ance)s?|(?:prestataire|etablissement|plateforme|solution|service)s? de paiement|banque|transporteur|assureur)\b/);

function withoutThirdParties(body: string): string {
  let out = body;
  for (const m of findAll(body, THIRD_PARTY)) {
    const stop = /[.;\n](?:\s|$)|\n/.exec(body.slice(m.end));
    const end = stop ? m.end + stop.index : body.length;
    out = out.slice(0, m.start) + out.slice(m.start, end).replace(/[^\n]/g, " ") + out.slice(end);
  }
  return out;
}

// A seller who trades in person (« Paul Durand – commerçant », « Affaire personnelle commerçant »): a short line,
// not about the client (« personnes physiques non commerçantes ») nor about traders in general (plural).
// The status follows the name after a separator or a label (« Paul Durand – commerçant », « Statut : commerçant »);
// « le commerçant partenaire » of a marketplace is someone else.
const TRADER = flexible(/(?:[,–—:-]|\bstatut\b)\s*(?:affaire personnelle\s*(?:[,–—:-]\s*)?)?commercante?\b|\baffaire personnelle\b/);
const NOT_THE_SELLER = flexible(/\b(?:non[- ]commercant|clients?|acheteurs?|consommateurs?|utilisateurs?|particuliers?|personnes?)\b/);

const lineText = (at: { body: string; start: number; end: number }) => at.body.slice(at.start, at.end);

function traderLine(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; body: string; start: number; end: number } | undefined {
  for (const { clause, body } of own) {
    let offset = 0;
    for (const line of body.split("\n")) {
      const folded = fold(line);
      if (line.length <= 200 && TRADER.test(folded) && !NOT_THE_SELLER.test(folded)) {
        const lead = line.length - line.trimStart().length;
        return { clause, body, start: offset + lead, end: offset + line.trimEnd().length };
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}

// A seller's name line in its block: a legal-name label (« Nom de l'entreprise : », « Raison sociale | »), or a
// line with a legal form; the line of the identity mention otherwise (« LUMIO – Entreprise immatriculée sous le SIRET … »).
const BLOCK_NAME_LABEL = /(?<![a-z])(?:raison sociale|denomination(?: sociale)?|nom(?: de l'entreprise| de la societe| commercial)?|enseigne|editeur|vendeur|prestataire|proprietaire|exploitant)\s*(?:\*\*)?\s*[:|]/;

function blockNameLine(passage: Passage): SourceRange {
  const body = passage.clause.body;
  const anchorLineStart = body.lastIndexOf("\n", passage.anchor - 1) + 1;
  const lineEnd = (at: number) => (body.indexOf("\n", at) < 0 ? body.length : body.indexOf("\n", at));
  for (let at = body.lastIndexOf("\n", passage.start - 1) + 1; at <= anchorLineStart; at = lineEnd(at) + 1) {
    const line = body.slice(at, lineEnd(at));
    const names = BLOCK_NAME_LABEL.test(fold(line)) || LEGAL_FORM_ACRONYMS.test(line) || findFirst(line, LEGAL_FORM_WORDS) !== undefined;
    if (names && !/\bheberg/.test(fold(line)) && line.trim()) return passage.clause.locate(at + line.length - line.trimStart().length, at + line.trimEnd().length);
  }
  const line = body.slice(anchorLineStart, lineEnd(anchorLineStart));
  return passage.clause.locate(anchorLineStart + line.length - line.trimStart().length, anchorLineStart + line.trimEnd().length);
}

// « **DestockPro SAS** » alone on its line (or read as a bold heading), its address on the next line: the seller's own
// block (a contact or legal-notice block), whatever its clause is called. The reader's cue is the layout: a short line
// with a company form, then an address.
const BLOCK_NAME_MAX = 60;
const hasCompanyForm = (text: string) => findFirstCased(text, COMPANY_ACRONYMS) !== undefined || findFirst(text, COMPANY_WORDS) !== undefined;
const nextLine = (body: string, from: number) => body.slice(from).split("\n").find((l) => l.trim()) ?? "";

function nameAtopAddress(own: Array<{ clause: LintClause; body: string }>): SourceRange | undefined {
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

// « 69001 Lyon », « Siège social : … », « dont le siège est à Lyon », « domiciliée », « sise »: an address given.
const POSTCODE_PLACE = /(?<![\d])\d{2} ?\d{3}\s+\p{Lu}/u;
const OFFICE_WORDS = flexible(/\bsiege(?: social)?\s*(?::|est|situe|etabli|a |au |sis)|\bdomicilie|\bsise?\b|\bsituee? (?:au|a|rue|avenue|boulevard|place|chemin|route)\b/);

function givesAnAddress(body: string): boolean {
  return POSTCODE_PLACE.test(body) || findFirst(body, OFFICE_WORDS) !== undefined;
}

// Forms of sellers that are neither commercial companies nor entrepreneurs individuels (professional and civil
// companies, farms, groupings, public bodies): a seller that names one has said what it is.
const OTHER_FORMS = /(?<![\p{L}\p{N}])(?:SCP|SCM|SCEA|GAEC|EARL|GIE|SEM|SPL|EPIC|SCI|SC|SARL|SAS|SA)(?![\p{L}\p{N}])/u;
const OTHER_FORM_WORDS = flexible(/\b(?:societe civile|groupement|cooperative|mutuelle|fondation|etablissement public|collectivite|commune|syndicat|association|entreprise individuelle|entrepreneur individuel)\b/);

/** Whether a text names any legal form of its seller (used before asking for one that may not be owed). */
function namesAnyForm(body: string): boolean {
  return LEGAL_FORM_ACRONYMS.test(body) || OTHER_FORMS.test(body) || findFirst(body, LEGAL_FORM_WORDS) !== undefined || findFirst(body, OTHER_FORM_WORDS) !== undefined;
}

/** Sentences that do not speak of the host (an RCS number of the hosting company is not the seller's). */
function sellerSentences(body: string): string[] {
  return sentences(body)
    .map((s) => body.slice(s.start, s.end))
    .filter((s) => !/\bheberg/.test(fold(s)));
}

function findFirstCased(text: string, pattern: RegExp): { start: number; end: number; text: string } | undefined {
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"))) {
    if (/^S\.?A\.?$/.test(m[0]) && inShoutedLine(text, m.index)) continue;
    return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return undefined;
}

// A clause written in capitals (« LE VENDEUR NE SAURAIT VOIR SA RESPONSABILITÉ ENGAGÉE ») says « SA », the possessive.
function inShoutedLine(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at) + 1, text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at));
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 6 && words.filter((w) => w === w.toUpperCase()).length / words.length >= 0.8;
}

// "Jeanne Martin", "Frédéric GRANEREAU": a first name and a surname, both capitalised.
// « Entrepreneur individuel : Jeanne Martin »: a label's colon between the mention and the name.
// « **Jeanne Roux** — Entrepreneur individuel »: the em dash and the bold markers also stand between them.
// « STEVERLYNCK Mickael », « MARTIN Julie »: the surname in capitals before the first name, as on official records.
const PERSON_NAME_BEFORE = /(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'-]+|\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[\s,:–—(*_-]*$/u;
const PERSON_NAME_AFTER = /^[\s,:–—)*_-]*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'-]+|\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\s+\p{Lu}\p{Ll}+)/u;
const NOT_NAMES = /^(?:Entrepreneur|Individuel|Société|Siège|Article|Clause|Conditions|Nom|Raison)/u;

// « en sa qualité d'entrepreneur individuel », « en tant qu'entrepreneur individuel », « un entrepreneur individuel »:
// the words after an article or « d' » / « qu' » describe a status; the mention R526-26 asks stands next to the name.
const STATUS_BEFORE = /(?:\b(?:un|une|l'|d'|qu'|des|les|du|le)|[dlq]['’])\s*$/;

/** The "EI" / "E.I." / "entrepreneur individuel" mentions of a text (a status described in a sentence is not one). */
function eiMentionsOf(text: string): Array<{ start: number; end: number; text: string }> {
  const mentions = findAll(text, /\bentrepreneur\s+individuel(?:\s*\(\s*e\.?i\.?\s*\))?/)
    .filter((m) => !STATUS_BEFORE.test(fold(text.slice(Math.max(0, m.start - 12), m.start))))
    .map((m) => ({ start: m.start, end: m.end, text: m.text }));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])E\.?I\.?(?![\p{L}\p{N}])/gu)) {
    if (!mentions.some((x) => x.start <= m.index && m.index < x.end)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return mentions;
}

/** "EI" / "entrepreneur individuel" mentions with no person's name immediately before or after ("E.I." is only read as a mention present). */
function eiMentionsWithoutName(text: string): Array<{ start: number; end: number; text: string }> {
  return eiMentionsOf(text)
    .filter((m) => !/^E\.I/.test(m.text))
    .filter((m) => {
      const before = PERSON_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const after = PERSON_NAME_AFTER.exec(text.slice(m.end, m.end + 60));
      const named = (before && !NOT_NAMES.test(before[0].trim())) || (after && !NOT_NAMES.test(after[0].replace(/^[\s,:–—)*_-]*/, "")));
      return !named;
    })
    .sort((a, b) => a.start - b.start);
}

export default rule;
