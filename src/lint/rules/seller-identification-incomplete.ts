import type { Rule } from "../types.js";
import { checkFacts } from "./seller-identification/facts.js";
import { checkProse } from "./seller-identification/prose.js";

// Every item reported here is an error: the mention is required by a text in force (C. com.
// R123-237/R123-238, loi 2022-172, CGI ann. II 242 nonies A) and missing or left as a placeholder.
// Items that depend on facts the linter cannot know (is this EI registered at the RCS? is a
// not-subject seller an association?) and Luxembourg mentions the project's legal facts do not
// confirm (S.à r.l. capital) are left out rather than reported at a lower level. A Luxembourg seller's
// VAT number (LTVA art. 63) and RCS number (loi du 19 décembre 2002) are reported on its invoices.

// The rule's work is split by job in ./seller-identification/: reading the seller's identity blocks (blocks.ts),
// the duties each kind of seller owes (duties.ts), a seller named by its name only (trade-name.ts), an identity
// announced and left empty (empty-identity.ts), where a finding goes (location.ts), placeholders, facts mode.
export const meta: Rule["meta"] = {
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
};

export const check: Rule["check"] = (context) => {
  if (context.doc.mode === "facts") checkFacts(context);
  else checkProse(context);
};

export default { meta, check } satisfies Rule;