// The ONE catalogue of legal bases: every statute article Clausier relies on, once. Rules (meta
// legalBasis), invoice mentions and rule docs refer to a basis by its id; reporters print it, so a
// message never has to repeat an article by hand.
//
// One basis is one article (or, for an enacting text cited as a whole, that text). Dates and URLs
// come from the sources the rules were written from (legal-facts.md, src/legal/data/*.json): a
// basis without a known official page (Légifrance, EUR-Lex, Legilux) has no `url`, only its
// `reference` (the enacting text and where the facts were checked).
import type { IsoDate } from "./dates.js";
import { hasProfile, type Law } from "./law.js";

/** Whose law: a French or Luxembourg statute, or an EU text that binds both. */
/** A title in each language of the messages (legal is below model: it does not import its Locale). */
type BasisTitle = { fr: string; en: string };

export type BasisJurisdiction = Law | "EU";

export interface LegalBasisFields {
  jurisdiction: BasisJurisdiction;
  /** "Code de commerce", "Directive 2011/7/UE (retards de paiement)", … */
  code: string;
  /** "L441-10", "art. 6", "242 nonies A, I", … */
  article: string;
  /** The short form printed after a finding: « C. com. L441-10 ». */
  cite: string;
  title: BasisTitle;
  inForce: { from: IsoDate; to?: IsoDate };
  /** The official page (Légifrance, EUR-Lex, Legilux), when known. */
  url?: string;
  /** The enacting text and the sources the facts were checked in. */
  reference?: string;
}

const ORD_2016_131 = "Ordonnance n° 2016-131 du 10 février 2016 (JORF n° 0035 du 11 février 2016)";
const ORD_2019_359 = "Ordonnance n° 2019-359 du 24 avril 2019 (JORF 25 avr. 2019)";
const ORD_2021_1247 = "Ordonnance n° 2021-1247 du 29 septembre 2021 (garantie légale de conformité), art. 21";
const ORD_2026_2 = "Ordonnance n° 2026-2 du 5 janvier 2026 relative à la commercialisation à distance de services financiers auprès des consommateurs (JORF du 6 janvier 2026), qui complète L221-21 ; décret n° 2026-3 du 5 janvier 2026 (art. D221-5)";
const L441_10_URL = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414392";
const CGI_242_NONIES_A_URL = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046086694";
const DIRECTIVE_2011_7 = "Directive 2011/7/UE (retards de paiement)";
const DIRECTIVE_2011_7_URL = "https://eur-lex.europa.eu/eli/dir/2011/7/oj";
// Member States had to transpose it by this date (it entered into force on 2011-03-15).
const DIRECTIVE_2011_7_FROM: IsoDate = "2013-03-16";
const ROME_I = "Règlement (CE) n° 593/2008 (Rome I)";
const ROME_I_URL = "https://eur-lex.europa.eu/eli/reg/2008/593/oj";
const LU_2004 = "Loi (LU) du 18 avril 2004 relative aux délais de paiement et aux intérêts de retard, modifiée par la loi du 29 mars 2013";
const LU_2004_URL = "https://legilux.public.lu/eli/etat/leg/loi/2013/03/29/n5/jo";
const LU_2004_REFERENCE = "Loi du 29 mars 2013 (Mémorial A n° 67 du 11 avril 2013)";
const CONSUMER_MEDIATION_REFERENCE = "economie.gouv.fr/mediation-conso/information-et-assistance-du-consommateur ; fiducial.fr ; juricite.fr (legal-facts §9)";
const WITHDRAWAL_REFERENCE = "app.livv.eu (L221-28) ; enligne.biz (14 jours) ; wireguard.fr (ancien délai de 7 jours, L121-20) (legal-facts §9)";
const SELLER_ID_REFERENCE = "entreprises.cci-paris-idf.fr/web/reglementation/contrats-modeles/documents-commerciaux ; mdc-avocat.fr ; fiducial.fr (legal-facts §13)";
const FRANCHISE_REFERENCE = "Loi n° 90-1168 du 29 décembre 1990, art. 25 (legal.tricoteuses.fr/articles/JORFARTI000001180056) ; pleo.io, cabinetaxial.fr (legal-facts §8)";

const code = (jurisdiction: BasisJurisdiction, name: string, abbreviation: string) => (article: string, title: BasisTitle, rest: Pick<LegalBasisFields, "inForce" | "url" | "reference">) =>
  ({ jurisdiction, code: name, article, cite: `${abbreviation} ${article}`, title, ...rest }) satisfies LegalBasisFields;

const ccom = code("FR", "Code de commerce", "C. com.");
const cciv = code("FR", "Code civil", "C. civ. art.");
const cconso = code("FR", "Code de la consommation", "C. conso.");
const cmf = code("FR", "Code monétaire et financier", "C. monét. fin.");
const cgi = code("FR", "Code général des impôts", "CGI art.");
const directive2011 = code("EU", DIRECTIVE_2011_7, "Directive 2011/7/UE,");
const lu2004 = code("LU", LU_2004, "Loi LU du 18 avril 2004 modifiée,");

const BASES = {
  // Code de commerce: payment terms, late payment, invoices, identification.
  "fr.ccom.L441-1": ccom("L441-1", { fr: "Conditions générales de vente, socle de la négociation commerciale", en: "General terms of sale, the basis of the commercial negotiation" }, { inForce: { from: "2019-04-26" }, reference: ORD_2019_359 }),
  "fr.ccom.L441-6": {
    ...ccom("L441-6", { fr: "Délais de paiement et pénalités de retard (numérotation antérieure à l'ordonnance n° 2019-359)", en: "Payment terms and late-payment penalties (numbering before ordonnance 2019-359)" }, {
      inForce: { from: "2009-01-01", to: "2019-04-25" },
      reference: "Loi n° 2008-776 du 4 août 2008 de modernisation de l'économie ; ordonnance n° 2019-359 du 24 avril 2019",
    }),
    article: "L441-6 I",
  },
  "fr.ccom.L441-9": ccom("L441-9", { fr: "Mentions obligatoires des factures entre professionnels", en: "Mandatory mentions of invoices between professionals" }, { inForce: { from: "2019-10-01" }, reference: ORD_2019_359 }),
  "fr.ccom.L441-10": ccom("L441-10", { fr: "Délais de paiement, pénalités de retard et indemnité forfaitaire pour frais de recouvrement", en: "Payment terms, late-payment penalties and fixed compensation for recovery costs" }, {
    inForce: { from: "2019-04-26" },
    url: L441_10_URL,
    reference: ORD_2019_359,
  }),
  "fr.ccom.D441-5": ccom("D441-5", { fr: "Montant de l'indemnité forfaitaire pour frais de recouvrement (40 €)", en: "Amount of the fixed compensation for recovery costs (40 €)" }, {
    inForce: { from: "2013-01-01" },
    url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000026453427",
    reference: "Décret n° 2012-1115 du 2 octobre 2012 (JORF du 4 octobre 2012)",
  }),
  "fr.ccom.R123-237": ccom("R123-237", { fr: "Identification de l'entreprise sur ses documents commerciaux (SIREN, RCS)", en: "Identification of the business on its commercial documents (SIREN, RCS)" }, {
    inForce: { from: "2007-03-27" },
    reference: `${SELLER_ID_REFERENCE} ; clé de Luhn INSEE : pass-culture siren.py (legal-facts §12)`,
  }),
  "fr.ccom.R123-238": ccom("R123-238", { fr: "Mentions des documents commerciaux (forme, capital, siège)", en: "Mentions of commercial documents (legal form, capital, registered office)" }, { inForce: { from: "2007-03-27" }, reference: SELLER_ID_REFERENCE }),

  // Code monétaire et financier: the legal interest rate.
  "fr.cmf.L313-2": cmf("L313-2", { fr: "Taux de l'intérêt légal", en: "Legal interest rate" }, { inForce: { from: "2015-01-01" }, reference: "Ordonnance n° 2014-947 du 20 août 2014" }),
  "fr.cmf.D313-1-A": cmf("D313-1-A", { fr: "Taux de l'intérêt légal semestriel", en: "Half-yearly legal interest rate" }, { inForce: { from: "2015-01-01" }, reference: "Décret n° 2014-1115 du 2 octobre 2014" }),

  // Code civil (numbering of ordonnance 2016-131).
  "fr.cciv.1103": cciv("1103", { fr: "Force obligatoire du contrat", en: "Binding force of contracts" }, { inForce: { from: "2016-10-01" }, reference: ORD_2016_131 }),
  "fr.cciv.1119": cciv("1119", { fr: "Conditions générales portées à la connaissance de l'autre partie et acceptées", en: "General terms brought to the other party's knowledge and accepted" }, { inForce: { from: "2016-10-01" }, reference: ORD_2016_131 }),
  "fr.cciv.1641": cciv("1641", { fr: "Garantie des défauts cachés de la chose vendue", en: "Warranty against hidden defects of the thing sold" }, {
    inForce: { from: "1804-03-21" },
    reference: "C. conso L211-2, 2° (« garantie relative aux vices cachés conformément aux dispositions des articles 1641 à 1649 du code civil »)",
  }),
  "fr.cciv.1190": cciv("1190", { fr: "Le contrat d'adhésion s'interprète contre celui qui l'a proposé", en: "A standard-form contract is interpreted against the party who drafted it" }, {
    inForce: { from: "2016-10-01" },
    reference: `${ORD_2016_131} ; actujuridiqueimmobilier.com/2016/04/14/reforme-du-droit-des-contrats-adhesion-1110/`,
  }),

  // Code de la consommation.
  "fr.cconso.L221-5": cconso("L221-5", { fr: "Information précontractuelle du consommateur (droit de rétractation)", en: "Pre-contractual information of consumers (right of withdrawal)" }, { inForce: { from: "2016-07-01" }, reference: WITHDRAWAL_REFERENCE }),
  "fr.cconso.L221-18": cconso("L221-18", { fr: "Délai de rétractation de 14 jours", en: "14-day withdrawal period" }, { inForce: { from: "2016-07-01" }, reference: WITHDRAWAL_REFERENCE }),
  "fr.cconso.L221-28": cconso("L221-28", { fr: "Exceptions au droit de rétractation", en: "Exceptions to the right of withdrawal" }, { inForce: { from: "2016-07-01" }, reference: WITHDRAWAL_REFERENCE }),
  "fr.cconso.L211-2": cconso("L211-2", { fr: "Conditions générales : existence et mise en œuvre des garanties légales (conformité, vices cachés)", en: "General terms: the legal guarantees (conformity, hidden defects) and how to use them" }, {
    inForce: { from: "2016-07-01" },
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032227010",
    reference: `${ORD_2021_1247} (version en vigueur pour les contrats conclus à compter du 1er janvier 2022 ; avant : « garantie légale de conformité et garantie relative aux défauts de la chose vendue », version du 1er juillet 2016)`,
  }),
  "fr.cconso.L217-3": cconso("L217-3", { fr: "Garantie légale de conformité des biens", en: "Legal guarantee of conformity of goods" }, { inForce: { from: "2022-01-01" }, reference: ORD_2021_1247 }),
  "fr.cconso.L215-1": cconso("L215-1", { fr: "Information du consommateur avant la reconduction tacite d'un contrat de services", en: "Telling the consumer before a service contract renews tacitly" }, {
    inForce: { from: "2016-07-01" },
    reference: "Ordonnance n° 2016-301 (ancien art. L136-1, loi Chatel n° 2005-67) ; modifié par la loi n° 2017-203 du 21 février 2017, art. 7 ; texte lu sur doctrine.fr (versions Légifrance LEGIARTI000032226980), inc-conso.fr, juriblio.fr",
  }),
  "fr.cconso.L215-1-1": cconso("L215-1-1", { fr: "Résiliation par voie électronique des contrats conclus en ligne (« en trois clics »)", en: "Cancelling online a contract concluded online (\"three clicks\")" }, {
    inForce: { from: "2023-06-01" },
    reference: "Loi n° 2022-1158 du 16 août 2022, art. 15 ; décret n° 2023-417 du 31 mai 2023 (JORF du 1er juin 2023), art. D215-1 à D215-3 ; texte de l'article cité par seban-associes.avocat.fr, gouache.fr ; dalloz-actualite.fr (page Légifrance non consultée)",
  }),
  "fr.cconso.L221-21": cconso("L221-21", { fr: "Exercice du droit de rétractation ; fonctionnalité de rétractation des contrats conclus en ligne", en: "Exercising the right of withdrawal; the withdrawal function of contracts concluded online" }, {
    inForce: { from: "2026-06-19" },
    reference: `${ORD_2026_2} ; texte de l'alinéa ajouté lu sur tricoteuses.fr/en/legifrance/sections/JORFSCTA000053298855 (reproduction du JORF) ; directive (UE) 2023/2673, applicable au 19 juin 2026`,
  }),
  "fr.cconso.R221-3": cconso("R221-3", { fr: "Avis d'information type sur la rétractation (rétractation en ligne)", en: "Model information notice on withdrawal (withdrawal online)" }, {
    inForce: { from: "2026-06-19" },
    reference: "Décret n° 2026-3 du 5 janvier 2026 (JORF n° 0004 du 6 janvier 2026), art. 7 : « Vous pouvez également exercer votre droit de rétractation en ligne sur […] » (lu sur juriblio.fr, reproduction du JORF)",
  }),
  "fr.cconso.L612-1": cconso("L612-1", { fr: "Droit du consommateur à la médiation", en: "Consumers' right to mediation" }, { inForce: { from: "2016-07-01" }, reference: CONSUMER_MEDIATION_REFERENCE }),
  "fr.cconso.L616-1": cconso("L616-1", { fr: "Communication des coordonnées du médiateur", en: "Giving the mediator's contact details" }, { inForce: { from: "2016-07-01" }, reference: CONSUMER_MEDIATION_REFERENCE }),
  "fr.cconso.R616-1": cconso("R616-1", { fr: "Modalités d'information sur le médiateur", en: "How consumers are told about the mediator" }, { inForce: { from: "2016-07-01" }, reference: CONSUMER_MEDIATION_REFERENCE }),
  "fr.cconso.R212-2": cconso("R212-2", { fr: "Clauses présumées abusives (10° : entraver l'action en justice du consommateur)", en: "Terms presumed unfair (10°: hindering the consumer's legal action)" }, {
    inForce: { from: "2016-07-01" },
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032807198",
  }),

  // Code de procédure civile.
  "fr.cpc.48": {
    jurisdiction: "FR",
    code: "Code de procédure civile",
    article: "art. 48",
    cite: "CPC art. 48",
    title: { fr: "Clause attributive de compétence, entre commerçants et « spécifiée de façon très apparente »", en: "Jurisdiction clauses: only between traders, and \"very conspicuously specified\"" },
    inForce: { from: "1976-01-01" },
    reference: "doctrine.fr, CPC art. 48 ; cours.unjf.fr ; uplex.fr (CA Aix-en-Provence, 9 avril 2015)",
  },

  // Tax: Code général des impôts and its annexe II.
  "fr.cgi.278": cgi("278", { fr: "Taux normal de la TVA (20 %) ; taux réduits aux art. 278-0 bis à 281 nonies", en: "Standard VAT rate (20 %); reduced rates in art. 278-0 bis to 281 nonies" }, {
    inForce: { from: "2014-01-01" },
    reference: "Loi n° 2012-1510 du 29 décembre 2012, art. 68 (20 % au 1er janvier 2014) ; src/legal/data/vat-rates.json",
  }),
  "fr.cgi.289": { ...cgi("289", { fr: "Factures rectificatives et avoirs", en: "Corrective invoices and credit notes" }, { inForce: { from: "2013-01-01" }, reference: "legiculture.fr (rescrit) ; jesuisentrepreneur.fr ; compta-online.com (legal-facts §7)" }), article: "289, I-5" },
  "fr.cgi.293B": cgi("293 B", { fr: "Franchise en base de TVA", en: "VAT franchise for small businesses" }, { inForce: { from: "1991-01-01" }, reference: FRANCHISE_REFERENCE }),
  "fr.cgi.293E": cgi("293 E", { fr: "Mention « TVA non applicable, art. 293 B du CGI »", en: "The mention \"TVA non applicable, art. 293 B du CGI\"" }, { inForce: { from: "1991-01-01" }, reference: FRANCHISE_REFERENCE }),
  "fr.cgi-ann2.242-nonies-A": {
    jurisdiction: "FR",
    code: "CGI, annexe II",
    article: "242 nonies A, I",
    cite: "CGI ann. II art. 242 nonies A",
    title: { fr: "Mentions obligatoires des factures (SIREN, numéro de TVA, numérotation, …)", en: "Mandatory invoice mentions (SIREN, VAT number, numbering, …)" },
    // The version of the linked page; the list of mentions is older.
    inForce: { from: "2023-01-01" },
    url: CGI_242_NONIES_A_URL,
    reference: "clés de TVA : python-stdnum fr/tva, lu/tva (legal-facts §12)",
  },
  "fr.decret.2022-1299": {
    jurisdiction: "FR",
    code: "Décret n° 2022-1299 du 7 octobre 2022",
    article: "mentions de la facturation électronique (CGI, annexe II, 242 nonies A, I)",
    cite: "Décret n° 2022-1299",
    title: { fr: "Nouvelles mentions des factures (facturation électronique)", en: "New invoice mentions (e-invoicing)" },
    // Large companies and ETI; PME and micro-enterprises from 2027-09-01.
    inForce: { from: "2026-09-01" },
    reference: "Décret n° 2022-1299 du 7 octobre 2022 ; décret n° 2024-266 du 25 mars 2024 (JORF 27 mars 2024)",
  },

  // French statutes and ordonnances cited as a whole.
  "fr.loi.2008-776": {
    jurisdiction: "FR",
    code: "Loi n° 2008-776 du 4 août 2008 de modernisation de l'économie (LME)",
    article: "C. com. L441-6 modifié : trois fois le taux d'intérêt légal au lieu d'une fois et demie",
    cite: "Loi n° 2008-776 (LME)",
    title: { fr: "Pénalités de retard : au moins trois fois le taux d'intérêt légal", en: "Late-payment penalties: at least three times the legal interest rate" },
    inForce: { from: "2009-01-01" },
    reference: "Loi n° 2008-776 du 4 août 2008",
  },
  "fr.loi.2016-1547": {
    jurisdiction: "FR",
    code: "Loi n° 2016-1547 du 18 novembre 2016 de modernisation de la justice du XXIe siècle",
    article: "art. 15",
    cite: "Loi n° 2016-1547, art. 15",
    title: { fr: "Suppression des juridictions et des juges de proximité", en: "Abolition of the \"juridictions de proximité\" and \"juges de proximité\"" },
    inForce: { from: "2017-07-01" },
    url: "https://www.legifrance.gouv.fr/eli/decret/2017/4/28/JUSB1704328D/jo/texte",
    reference: "Décret n° 2017-683 du 28 avril 2017 (JORF n° 0102 du 30 avril 2017), pris pour l'application de l'art. 15 : entrée en vigueur le 1er juillet 2017 — src/legal/data/courts.json",
  },
  "fr.loi.2019-222": {
    jurisdiction: "FR",
    code: "Loi n° 2019-222 du 23 mars 2019 de programmation 2018-2022 et de réforme pour la justice",
    article: "art. 95",
    cite: "Loi n° 2019-222, art. 95",
    title: { fr: "Tribunal judiciaire (fusion des tribunaux d'instance et de grande instance)", en: "Tribunal judiciaire (merger of the tribunaux d'instance and de grande instance)" },
    inForce: { from: "2020-01-01" },
    reference: "Décrets n° 2019-912, 2019-913 et 2019-914 du 30 août 2019 ; atd13.fr ; onb-france.com ; lagazettedescommunes.com ; itineraires-avocats.fr — src/legal/data/courts.json",
  },
  "fr.loi.2023-1059": {
    jurisdiction: "FR",
    code: "Loi n° 2023-1059 du 20 novembre 2023",
    article: "art. 26",
    cite: "Loi n° 2023-1059, art. 26",
    title: { fr: "Tribunaux des activités économiques (expérimentation)", en: "Economic activity courts (“tribunaux des activités économiques”), an experiment" },
    inForce: { from: "2025-01-01", to: "2028-12-31" },
    reference: "Décret n° 2024-674 du 3 juillet 2024 ; arrêté du 5 juillet 2024 (lexbase.fr) ; sonomag.fr ; horizon-63.cerfrance.fr",
  },
  "fr.loi.2022-172": {
    jurisdiction: "FR",
    code: "Loi n° 2022-172 du 14 février 2022 ; décret n° 2022-725 du 28 avril 2022",
    article: "dénomination de l'entrepreneur individuel (« EI »)",
    cite: "Loi n° 2022-172",
    title: { fr: "Entrepreneur individuel : « EI » à côté du nom", en: "Sole traders: \"EI\" next to the name" },
    inForce: { from: "2022-05-15" },
    reference: "audrex.fr ; extencia.fr ; comptafrance.fr (legal-facts §13)",
  },
  "fr.ord.2016-131": {
    jurisdiction: "FR",
    code: "Ordonnance n° 2016-131 du 10 février 2016",
    article: "nouvelle numérotation du livre III du Code civil (ratifiée par la loi n° 2018-287 du 20 avril 2018)",
    cite: "Ordonnance n° 2016-131",
    title: { fr: "Réforme du droit des contrats : renumérotation du Code civil", en: "Contract law reform: renumbering of the Civil Code" },
    inForce: { from: "2016-10-01" },
    reference: "petitesaffiches.fr ; doctrine.fr, Code civil art. 1218 (« référence avant renumérotation : 1148 ») — src/legal/data/civil-code-renumbering-2016.json",
  },
  "fr.ord.2016-301": {
    jurisdiction: "FR",
    code: "Ordonnance n° 2016-301 du 14 mars 2016 et décret n° 2016-884 du 29 juin 2016",
    article: "recodification des parties législative et réglementaire du Code de la consommation (ratifiée par la loi n° 2017-203)",
    cite: "Ordonnance n° 2016-301",
    title: { fr: "Recodification du Code de la consommation", en: "Recodification of the Consumer Code" },
    inForce: { from: "2016-07-01" },
    reference: "hervecausse.info ; doctrine.fr, C. conso R212-1 (« renumérotation du 1 juillet 2016 … R132-1 ») ; fiducial.fr",
  },
  "fr.ord.2019-359": {
    jurisdiction: "FR",
    code: "Ordonnance n° 2019-359 du 24 avril 2019",
    article: "refonte du titre IV du livre IV du Code de commerce (L441-1 à L441-16, L442-1)",
    cite: "Ordonnance n° 2019-359",
    title: { fr: "Refonte des règles de transparence et de pratiques commerciales : renumérotation du Code de commerce", en: "Overhaul of transparency and trading-practice rules: renumbering of the Commercial Code" },
    inForce: { from: "2019-04-26" },
    url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038410002",
    reference: "doctrine.fr JORFTEXT000038410002",
  },

  // European Union.
  "eu.dir.2011-7.art-2": directive2011("art. 2", { fr: "Définitions (dont l'intérêt pour retard de paiement)", en: "Definitions (including interest for late payment)" }, { inForce: { from: DIRECTIVE_2011_7_FROM }, url: DIRECTIVE_2011_7_URL }),
  "eu.dir.2011-7.art-3": directive2011("art. 3", { fr: "Transactions entre entreprises : délais de paiement et intérêts de retard", en: "Transactions between undertakings: payment periods and late-payment interest" }, { inForce: { from: DIRECTIVE_2011_7_FROM }, url: DIRECTIVE_2011_7_URL }),
  "eu.dir.2011-7.art-4": directive2011("art. 4", { fr: "Transactions avec les pouvoirs publics ; taux de référence majoré de 8 points", en: "Transactions with public authorities; reference rate plus 8 points" }, { inForce: { from: DIRECTIVE_2011_7_FROM }, url: DIRECTIVE_2011_7_URL }),
  "eu.dir.2011-7.art-6": directive2011("art. 6", { fr: "Indemnisation pour les frais de recouvrement (au moins 40 €)", en: "Compensation for recovery costs (at least 40 €)" }, { inForce: { from: DIRECTIVE_2011_7_FROM }, url: DIRECTIVE_2011_7_URL }),
  "eu.dir.2006-112.art-226": {
    jurisdiction: "EU",
    code: "Directive 2006/112/CE",
    article: "art. 226",
    cite: "Directive 2006/112/CE, art. 226",
    title: { fr: "Mentions obligatoires des factures (numéro séquentiel unique, …)", en: "Mandatory invoice details (unique sequential number, …)" },
    inForce: { from: "2007-01-01" },
    url: "https://eur-lex.europa.eu/eli/dir/2006/112/oj",
  },
  "eu.dir.2006-112.art-96": {
    jurisdiction: "EU",
    code: "Directive 2006/112/CE",
    article: "art. 96",
    cite: "Directive 2006/112/CE, art. 96",
    title: { fr: "Taux normal de TVA fixé par chaque État membre", en: "Standard VAT rate set by each Member State" },
    inForce: { from: "2007-01-01" },
    url: "https://eur-lex.europa.eu/eli/dir/2006/112/oj",
  },
  "eu.dir.2006-112.art-98": {
    jurisdiction: "EU",
    code: "Directive 2006/112/CE",
    article: "art. 98",
    cite: "Directive 2006/112/CE, art. 98",
    title: { fr: "Taux réduits de TVA", en: "Reduced VAT rates" },
    inForce: { from: "2007-01-01" },
    url: "https://eur-lex.europa.eu/eli/dir/2006/112/oj",
  },
  "eu.reg.593-2008.art-3": {
    jurisdiction: "EU",
    code: ROME_I,
    article: "art. 3",
    cite: "Rome I, art. 3",
    title: { fr: "Liberté de choix de la loi applicable", en: "Freedom of choice of the governing law" },
    inForce: { from: "2009-12-17" },
    url: ROME_I_URL,
  },
  "eu.reg.593-2008.art-4": {
    jurisdiction: "EU",
    code: ROME_I,
    article: "art. 4",
    cite: "Rome I, art. 4",
    title: { fr: "Loi applicable à défaut de choix", en: "Governing law in the absence of choice" },
    inForce: { from: "2009-12-17" },
    url: ROME_I_URL,
  },
  "eu.reg.1215-2012.art-25": {
    jurisdiction: "EU",
    code: "Règlement (UE) n° 1215/2012 (Bruxelles I bis)",
    article: "art. 25",
    cite: "Bruxelles I bis, art. 25",
    title: { fr: "Clauses attributives de juridiction", en: "Choice-of-court agreements" },
    inForce: { from: "2015-01-10" },
    url: "https://eur-lex.europa.eu/eli/reg/2012/1215/oj",
  },
  "eu.reg.260-2012.art-5": {
    jurisdiction: "EU",
    code: "Règlement (UE) n° 260/2012 (SEPA)",
    article: "art. 5",
    cite: "Règlement (UE) n° 260/2012, art. 5",
    title: { fr: "Virements SEPA : IBAN (ISO 13616) et BIC (ISO 9362)", en: "SEPA transfers: IBAN (ISO 13616) and BIC (ISO 9362)" },
    inForce: { from: "2012-03-31" },
    url: "https://eur-lex.europa.eu/eli/reg/2012/260/oj",
    reference: "python-stdnum iban, bic (legal-facts §12)",
  },

  // Luxembourg.
  "lu.loi.2004-04-18.art-1": lu2004("art. 1er b)", { fr: "Intérêts légaux pour retard de paiement (taux BCE majoré de 8 points)", en: "Statutory late-payment interest (ECB rate plus 8 points)" }, { inForce: { from: "2013-04-11" }, url: LU_2004_URL, reference: LU_2004_REFERENCE }),
  "lu.loi.2004-04-18.art-3": lu2004("art. 3", { fr: "Délais de paiement entre entreprises", en: "Payment periods between undertakings" }, { inForce: { from: "2013-04-11" }, url: LU_2004_URL, reference: LU_2004_REFERENCE }),
  "lu.loi.2004-04-18.section-4": lu2004("section 4", { fr: "Indemnisation pour les frais de recouvrement", en: "Compensation for recovery costs" }, { inForce: { from: "2013-04-11" }, url: LU_2004_URL, reference: LU_2004_REFERENCE }),
  "lu.ltva.art-63": {
    jurisdiction: "LU",
    code: "Loi modifiée du 12 février 1979 concernant la taxe sur la valeur ajoutée",
    article: "art. 63",
    cite: "LTVA (LU) art. 63",
    title: { fr: "Mentions obligatoires des factures (numéro de TVA, numérotation, quantités, taux, exonération…)", en: "Mandatory invoice mentions (VAT number, numbering, quantities, rates, exemption…)" },
    // The list as rewritten to transpose directive 2010/45/UE, applied from 26 April 2013 according to
    // fiduciaire-lpg.lu (secondary source; the Mémorial text was not read).
    inForce: { from: "2013-04-26" },
    reference: "Directive 2010/45/UE (art. 226 de la directive 2006/112/CE) ; fiduciaire-lpg.lu/fr/publications/tva/tva-mentions-obligatoires-sur-les-factures ; watfiduciary.lu (article number from secondary sources, legilux text not read)",
  },
  "lu.loi.2002-12-19.rcs": {
    jurisdiction: "LU",
    code: "Loi du 19 décembre 2002 concernant le registre de commerce et des sociétés",
    article: "loi",
    cite: "Loi LU du 19 décembre 2002 (RCS)",
    title: { fr: "Immatriculation au RCS et numéro à indiquer sur les factures et la correspondance", en: "RCS registration and the number to state on invoices and correspondence" },
    // Its publication date: the date of entry into force was not read in an official text.
    inForce: { from: "2002-12-31" },
    reference: "Mémorial A n° 149 du 31 décembre 2002, p. 3630 ; easeadvisory.lu (numéro RCS sur la facture)",
  },
} satisfies Record<string, LegalBasisFields>;

export type LegalBasisId = keyof typeof BASES;

export interface LegalBasis extends LegalBasisFields {
  id: LegalBasisId;
}

export const LEGAL_BASES: readonly LegalBasis[] = Object.entries(BASES).map(([id, fields]) => ({ id: id as LegalBasisId, ...fields }));

const byId = new Map<string, LegalBasis>(LEGAL_BASES.map((b) => [b.id, b]));

export function isLegalBasisId(id: string): id is LegalBasisId {
  return byId.has(id);
}

/** The catalogue entry of an id (ids are checked by the compiler; an unknown one is a programming error). */
export function legalBasis(id: LegalBasisId): LegalBasis {
  const basis = byId.get(id);
  if (!basis) throw new Error(`unknown legal basis ${id}`);
  return basis;
}

/**
 * The bases a finding on a document of `law` (a country code) cites: those of that law; else the EU
 * texts (Rome I, the directives) the rule rests on; else all of them (a French civil-code rule run
 * on LU terms), but none under a law without a profile: a French article is no basis there.
 */
export function basesForLaw(ids: readonly LegalBasisId[], law: string): LegalBasisId[] {
  const national = ids.filter((id) => legalBasis(id).jurisdiction === law);
  const european = ids.filter((id) => legalBasis(id).jurisdiction === "EU");
  return national.length ? national : european.length ? european : hasProfile(law) ? [...ids] : [];
}

/** « C. com. L441-10 ; C. com. D441-5 »: the short forms, for a finding's suffix. */
export function citations(ids: readonly LegalBasisId[]): string {
  return ids.map((id) => legalBasis(id).cite).join(" ; ");
}
