// The governing law of a prose text, from its own words (docs/scope.md): a choice-of-law clause
// first (« soumises au droit belge »); else the seller's country, from the shapes of its registry
// numbers, its address, its currency and the courts it names, each clue weighed and summed.
import ibanFile from "../../legal/data/iban-lengths.json" with { type: "json" };
import { findAll, fold } from "../scan/text.js";
import { COUNTRY_OF_ADJECTIVE, COUNTRY_OF_NAME, OHADA_MEMBERS, XAF_MEMBERS, XOF_MEMBERS, XPF_MEMBERS } from "./countries.js";
import { clues, SentenceIndex, strongest, type Evidence } from "./evidence.js";

export interface LawInference {
  /** ISO 3166-1 alpha-2; undefined when the text tells nothing. */
  law?: string;
  evidence?: Evidence;
  /** The heaviest clue (a place or an identifier) that pointed to another country and was outweighed: said, not hidden. */
  against?: Evidence;
  /** When the seller's clues of two countries tie: the heaviest of each (the law stays undecided). */
  conflict?: [Evidence, Evidence];
}

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
const ADJECTIVES = byLength(COUNTRY_OF_ADJECTIVE.keys());
const NAMES = byLength(COUNTRY_OF_NAME.keys());
// « droit belge », « loi française », « législation suisse », « droit matériel suisse ».
// « dispositions légales belges »: the statutes of a country, named as its law.
const LAW_WORDS = new RegExp(String.raw`(?<![a-z])(?:droits?|lois?|legislations?|dispositions?\s+(?:legales?|legislatives?))(?:\s+(?:materiel|positif|interne|national)(?:le)?s?)?\s+(${ADJECTIVES})(?:n?e)?s?(?![a-z])`);
// « lois de la province de Québec », « droit du Grand-Duché de Luxembourg ».
const LAW_OF_PLACE: Array<[RegExp, string]> = [
  [/(?<![a-z])(?:droits?|lois?|legislations?)\s+(?:en vigueur\s+|applicables?\s+)?(?:(?:de|dans|du)\s+la\s+province\s+(?:de|du)\s+|au\s+|du\s+)quebec(?![a-z])/, "CA"],
  [/(?<![a-z])(?:droits?|lois?|legislations?)\s+(?:en vigueur\s+)?(?:du|au)\s+(?:grand-duche\s+de\s+)?luxembourg(?![a-z])/, "LU"],
  [/(?<![a-z])(?:droits?|lois?|legislations?)\s+(?:en vigueur\s+)?(?:de\s+la\s+)?principaute\s+de\s+monaco(?![a-z])/, "MC"],
];
// « droit du Sénégal », « lois de la Côte d'Ivoire », « droit de la République du Cameroun ».
// « la législation en vigueur en Belgique », « les lois applicables au Canada ».
const LAW_OF_COUNTRY = new RegExp(String.raw`(?<![a-z])(?:droits?|lois?|legislations?)\s+(?:en vigueur\s+|applicables?\s+)?(?:(?:de\s+la|du|de|d'|des|en|au|aux)\s*(?:republique\s+(?:de\s+la|du|de|d')\s*|royaume\s+(?:du|de)\s+)?)(${NAMES})(?![a-z])`);
// « droit OHADA », « Actes uniformes de l'OHADA »: the uniform law of seventeen states, read as the law of
// the member state the text names (« Douala, Cameroun »); alone, it names no country.
const OHADA_LAW = /(?<![a-z])(?:droits?|lois?|actes?\s+uniformes?)\s+(?:de\s+l')?ohada(?![a-z])/;
const COUNTRY_NAME = new RegExp(String.raw`(?<![a-z])(${NAMES})(?![a-z])`);
/** A sentence that chooses the law (« soumis », « régi », « gouverné »), or merely says one applies. */
const CHOOSES = /soumi[st]e?s?|regi(?:e|s|es)?(?![a-z])|gouvern|regle(?:e|s|es)?\s+par|interpret/;
const APPLIES = /applicable|s'appliqu|releve/;
/** A law named only for what it leaves to the customer (« sans préjudice des dispositions impératives du droit belge »). */
const RESERVATION = /sans prejudice|nonobstant|imperativ|protection que lui|residence habituelle/;

const CHOICE = 100;

/** The choices of law the text makes, each weighed by how plainly it chooses. */
function lawChoices(text: string, index: SentenceIndex): Array<Evidence & { country: string }> {
  const mentions = [
    ...findAll(text, LAW_WORDS).map((m) => ({ ...m, country: COUNTRY_OF_ADJECTIVE.get(m.groups[0]!)! })),
    ...LAW_OF_PLACE.flatMap(([pattern, country]) => findAll(text, pattern).map((m) => ({ ...m, country }))),
    ...findAll(text, LAW_OF_COUNTRY).map((m) => ({ ...m, country: COUNTRY_OF_NAME.get(m.groups[0]!)! })),
    ...ohadaChoices(text),
  ];
  return mentions.flatMap((m) => {
    const sentence = fold(index.around(m.start));
    // A heading « Droit applicable » just above a bare « Droit suisse. » says it applies.
    const heading = fold(text.slice(Math.max(0, m.start - 40), m.start));
    const weight = RESERVATION.test(fold(index.before(m.start))) ? CHOICE / 2 : CHOOSES.test(sentence) ? CHOICE : APPLIES.test(`${heading} ${sentence}`) ? CHOICE - 10 : 0;
    // Quote the choice from its verb when it is close (« soumises au droit belge »).
    const lead = /(?:soumi[st]e?s?|regie?s?|gouvernee?s?)\s+(?:\S+\s+){0,3}$/.exec(fold(text.slice(Math.max(0, m.start - 40), m.start)));
    const start = lead ? m.start - lead[0].length : m.start;
    return weight ? [{ text: text.slice(start, m.end), start, end: m.end, weight, country: m.country }] : [];
  });
}

/** « régi par le droit OHADA », as the law of the first OHADA member the text names; none when it names none. */
function ohadaChoices(text: string): Array<{ text: string; start: number; end: number; country: string }> {
  const mentions = findAll(text, OHADA_LAW);
  if (!mentions.length) return [];
  const member = findAll(text, COUNTRY_NAME).map((m) => COUNTRY_OF_NAME.get(m.groups[0]!)!).find((c) => OHADA_MEMBERS.has(c));
  return member ? mentions.map((m) => ({ ...m, country: member })) : [];
}

// Cities named with a postcode or as a court's seat, by country (folded; French cities are not
// listed: a French text names its own, and a five-digit postcode already says France).
const CITIES: Record<string, string[]> = {
  BE: ["bruxelles", "liege", "namur", "charleroi", "mons", "wavre", "nivelles", "tournai", "arlon", "verviers", "anvers", "gand", "bruges", "louvain", "louvain-la-neuve", "ottignies", "waterloo", "ixelles", "uccle", "etterbeek", "schaerbeek", "anderlecht", "gembloux", "huy", "seraing", "mouscron", "la louviere", "braine-l'alleud", "marche-en-famenne", "neufchateau", "dinant", "eupen"],
  CH: ["geneve", "lausanne", "zurich", "berne", "bern", "neuchatel", "fribourg", "sion", "bale", "lugano", "montreux", "vevey", "nyon", "yverdon-les-bains", "morges", "carouge", "delemont", "bienne", "la chaux-de-fonds", "martigny", "lancy", "meyrin", "vernier", "renens", "plan-les-ouates", "monthey"],
  // Not « Laval »: a French court's seat too.
  CA: ["montreal", "quebec", "gatineau", "sherbrooke", "trois-rivieres", "longueuil", "levis", "saguenay", "ottawa", "toronto"],
  LU: ["luxembourg", "esch-sur-alzette", "differdange", "dudelange", "ettelbruck", "diekirch", "strassen", "bertrange", "mamer", "howald", "munsbach", "capellen", "leudelange", "windhof"],
  MC: ["monaco", "monte-carlo"],
  // Sellers writing in French outside Europe: addresses carry a five-digit postcode (Maghreb), a « BP », or none.
  MA: ["casablanca", "rabat", "marrakech", "tanger", "fes", "agadir", "meknes", "oujda", "kenitra", "tetouan", "mohammedia", "el jadida"],
  TN: ["tunis", "sfax", "sousse", "ariana", "bizerte", "nabeul"],
  DZ: ["alger", "oran", "constantine", "annaba", "blida", "setif"],
  SN: ["dakar", "thies", "ziguinchor", "kaolack", "rufisque"],
  CI: ["abidjan", "yamoussoukro", "bouake", "cocody", "san-pedro"],
  CM: ["douala", "yaounde", "bafoussam", "garoua"],
  BJ: ["cotonou", "porto-novo", "parakou"],
  TG: ["lome"],
  BF: ["ouagadougou", "bobo-dioulasso"],
  ML: ["bamako"],
  NE: ["niamey"],
  GA: ["libreville", "port-gentil"],
  CG: ["brazzaville", "pointe-noire"],
  CD: ["kinshasa", "lubumbashi"],
  MG: ["antananarivo", "tananarive"],
  NC: ["noumea"],
  PF: ["papeete"],
};
const SWISS_CANTONS = "vaud|geneve|valais|neuchatel|fribourg|jura|berne|zurich|tessin|bale(?:-ville|-campagne)?|lucerne|argovie|thurgovie|soleure|schwyz|zoug|glaris|grisons|uri|obwald|nidwald|appenzell|schaffhouse|saint-gall";
// « registre du commerce de Genève », « du canton de Vaud »: a Swiss cantonal register (France's is « et des sociétés »).
const SWISS_REGISTER = new RegExp(String.raw`(?<![a-z])registre du commerce (?:du canton )?(?:de |du |d')?(?:${SWISS_CANTONS}|${CITIES.CH!.join("|")})(?![a-z])`);
const CITY_COUNTRY = new Map(Object.entries(CITIES).flatMap(([country, cities]) => cities.map((c) => [c, country] as const)));
const CITY = [...CITY_COUNTRY.keys()].sort((a, b) => b.length - a.length).join("|");

/** Seller-country clues: [pattern for folded text, country, weight]; 3 for an identifier's shape, 2 for a place or currency, 1 for a country's name. */
const SELLER_CLUES: Array<[RegExp, string, number]> = [
  // France: RCS (not « RCS Luxembourg »), SIREN, SIRET, an intra-EU VAT number FR…, the tribunal judiciaire.
  // (« RCS Antananarivo », « RCS Luxembourg »: another country's register of the same name.)
  [new RegExp(String.raw`(?<![a-z])r\.? ?c\.? ?s\.?(?![a-z])(?!\s*(?:de\s+)?(?:${CITY})(?![a-z]))(?!\s*:?\s*(?:n°\s*)?b ?\d{4,6}(?![0-9]))`), "FR", 3],
  [/(?<![a-z])(?:siren|siret)(?![a-z])/, "FR", 3],
  // The registry in words (« inscrite au registre du commerce et des sociétés de Lyon »); Luxembourg's bears
  // the same name, so not before « Luxembourg » nor a « B… » number.
  [/(?<![a-z])registre d(?:u|e) commerce et des societes(?!\s+(?:de |du )?luxembourg)(?![^.;\n]{0,60}(?<![a-z])b ?\d{4,6}(?![0-9]))/, "FR", 3],
  [/(?<![a-z0-9])fr ?[0-9a-hj-np-z]{2} ?\d{3} ?\d{3} ?\d{3}(?![0-9])/, "FR", 3],
  [/(?<![a-z])tribunal judiciaire(?![a-z])/, "FR", 2],
  [/(?<![a-z])france(?![a-z])/, "FR", 1],
  // The overseas departments are France: French law (their postcodes 971–976 are French ones).
  [/(?<![a-z])(?:la reunion|martinique|guadeloupe|guyane(?: francaise)?|mayotte)(?![a-z])/, "FR", 1],
  // Belgium: the enterprise number (BCE/KBO, 0xxx.xxx.xxx), TVA BE…, the RPM, the tribunal de l'entreprise.
  [/(?<![a-z])(?:numero d'entreprise|n° d'entreprise|banque[- ]carrefour des entreprises|registre des personnes morales|tribunal de l'entreprise)(?![a-z])/, "BE", 3],
  // « BCE 0123.456.789 », not « taux de la BCE » (the European Central Bank).
  [/(?<![a-z])(?:bce|kbo)\s*(?:n°|numero)?\s*:?\s*(?:be\s*)?[01]?\d{3}[. ]?\d{3}[. ]?\d{3}(?![0-9])/, "BE", 3],
  [/(?<![a-z])rpm(?![a-z])/, "BE", 2],
  [/(?<![a-z0-9])be ?0?[01]\d{2}[. ]?\d{3}[. ]?\d{3}(?![0-9])/, "BE", 3],
  [/(?<![0-9.])[01]\d{3}\.\d{3}\.\d{3}(?![0-9])/, "BE", 2],
  [/(?<![a-z])belgique(?![a-z])/, "BE", 1],
  // The statutes a text cites for its consumers are its country's: Belgium's Code de droit économique.
  [/(?<![a-z])code de droit economique(?![a-z])/, "BE", 2],
  // Switzerland: the IDE/UID CHE-xxx.xxx.xxx, a cantonal commercial register, francs suisses.
  [/(?<![a-z0-9])che[- ]?\d{3}[. ]?\d{3}[. ]?\d{3}(?![0-9])/, "CH", 3],
  [/(?<![a-z])(?:registre du commerce du canton|(?:ide|uid)(?:\s*(?:n°|:|tva))?\s*che)(?![a-z])/, "CH", 3],
  // A canton named is Swiss only if it is one of Switzerland's (France and Belgium have cantons too).
  [/(?<![a-z])(?:canton (?:de |du |d'|des )?(?:vaud|geneve|valais|neuchatel|fribourg|jura|berne|zurich|tessin|bale(?:-ville|-campagne)?|lucerne|argovie|thurgovie|soleure|schwyz|zoug|glaris|grisons|uri|obwald|nidwald|appenzell|schaffhouse|saint-gall)|chf|francs? suisses?)(?![a-z])/, "CH", 2],
  [/(?<![a-z])suisse(?![a-z])/, "CH", 1],
  // The Swiss Code des obligations (« art. 197 CO »).
  [/(?<![a-z])(?:code (?:suisse )?des obligations|art(?:icle)?s?\.? ?\d+[a-z]?(?: (?:et suivants|ss|s\.))? co)(?![a-z0-9])/, "CH", 2],
  // Luxembourg: RCS Luxembourg B…, TVA LU…, the L-1234 postcode.
  [/(?<![a-z])(?:r\.? ?c\.? ?s\.?|registre de commerce et des societes)\s*(?:de\s+)?luxembourg(?![a-z])/, "LU", 3],
  [/(?<![a-z0-9])lu ?\d{8}(?![0-9])/, "LU", 3],
  [/(?<![a-z0-9])l-\d{4}(?![0-9])/, "LU", 3],
  // « RCS B123456 »: a Luxembourg number (a French one is the nine-digit SIREN).
  [/(?<![a-z])r\.? ?c\.? ?s\.?\s*:?\s*(?:n°\s*)?b ?\d{4,6}(?![0-9])/, "LU", 3],
  [/(?<![a-z])grand-duche(?: de luxembourg)?(?![a-z])/, "LU", 2],
  // Canada (Québec): NEQ, TPS/TVQ numbers, a postcode A1A 1A1, dollars canadiens.
  [/(?<![a-z])(?:neq|tps|tvq|registraire des entreprises)(?![a-z])/, "CA", 3],
  [/(?<![a-z0-9])[a-z]\d[a-z] ?\d[a-z]\d(?![a-z0-9])/, "CA", 2],
  [/(?<![a-z])(?:cad|dollars? canadiens?|\$ ?ca)(?![a-z])/, "CA", 2],
  // Québec named alone may be a product's origin (« sirop d'érable du Québec »): a name, not an address.
  [/(?<![a-z])quebec(?![a-z])/, "CA", 1],
  [/(?<![a-z])canada(?![a-z])/, "CA", 1],
  // Québec's consumer protection act and its office (France has a Code de la consommation instead).
  [/(?<![a-z])(?:loi sur la protection du consommateur|office de la protection du consommateur)(?![a-z])/, "CA", 2],
  // Monaco: the RCI, 98000 Monaco.
  [/(?<![a-z])(?:rci|98000 monaco)(?![a-z])/, "MC", 3],
  [/(?<![a-z])principaute de monaco(?![a-z])/, "MC", 2],
  // Morocco: the ICE (15 digits), the registre de commerce of a Moroccan city, dirhams.
  [/(?<![a-z])ice\s*(?:n°\s*)?:?\s*\d(?: ?\d){14}(?![0-9])/, "MA", 3],
  [/(?<![a-z])(?:rc|registre (?:de|du) commerce)\s*(?:n°\s*)?:?\s*(?:de |d')?(?:casablanca|rabat|marrakech|tanger|fes|agadir|meknes|oujda|kenitra|tetouan)(?![a-z])/, "MA", 3],
  [/(?<![a-z])dirhams?(?![a-z])/, "MA", 2],
  // Morocco's consumer protection law (31-08) and personal data law (09-08).
  [/(?<![a-z])loi (?:n° ?)?(?:31-08|09-08)(?![0-9])/, "MA", 2],
  // Madagascar's STAT number and ariary; Tunisia's matricule fiscal and dinar; Algeria's dinar.
  [/(?<![a-z])stat\s*(?:n°\s*)?:?\s*\d{5}/, "MG", 3],
  [/(?<![a-z])(?:ariary|mga)(?![a-z])/, "MG", 2],
  [/(?<![a-z])matricule fiscal(?![a-z])/, "TN", 3],
  [/(?<![a-z])(?:dinars? tunisiens?|tnd)(?![a-z])/, "TN", 2],
  [/(?<![a-z])(?:dinars? algeriens?|dzd)(?![a-z])/, "DZ", 2],
  // Senegal's NINEA, Cameroon's NIU.
  [/(?<![a-z])ninea(?![a-z])/, "SN", 3],
  [/(?<![a-z])niu\s*(?:n°\s*)?:?\s*[a-z]?\d/, "CM", 3],
  // New Caledonia (RIDET, 988xx) and French Polynesia (numéro TAHITI, 987xx).
  [/(?<![a-z])ridet(?![a-z])/, "NC", 3],
  [/(?<![a-z])(?:n°|numero) tahiti(?![a-z])/, "PF", 3],
  [/(?<![0-9])988\d{2} [a-z]/, "NC", 2],
  [/(?<![0-9])987\d{2} [a-z]/, "PF", 2],
  [/(?<![a-z])nouvelle-caledonie(?![a-z])/, "NC", 1],
  [/(?<![a-z])(?:polynesie francaise|tahiti)(?![a-z])/, "PF", 1],
];

// A phone number's country code (the seller gives its own): one point, as a country's name; a Canadian
// number by its area code (+1 is also the United States').
const PHONE_CODES: Record<string, string> = {
  "33": "FR", "262": "FR", "590": "FR", "594": "FR", "596": "FR", "32": "BE", "41": "CH", "352": "LU", "377": "MC",
  "212": "MA", "213": "DZ", "216": "TN", "221": "SN", "225": "CI", "237": "CM", "229": "BJ", "228": "TG", "226": "BF",
  "223": "ML", "227": "NE", "241": "GA", "242": "CG", "243": "CD", "261": "MG", "687": "NC", "689": "PF",
};
const PHONE = new RegExp(String.raw`(?<![0-9+])\+\s?(${Object.keys(PHONE_CODES).sort((a, b) => b.length - a.length).join("|")})(?=[\s.(-]*\d)`, "g");
const CANADIAN_PHONE = /(?<![0-9+])\+\s?1[\s.-]?\(?(?:514|438|263|418|581|367|450|579|354|819|873|468|613|343|416|647|437)\b/g;
// A phone number in its national format (no country code) is told by its numbering plan's shape (round T34a): Belgium's
// zone numbers have nine digits, the zone set apart by a slash or a space (« 02/420.53.02 », « 02 420 53 02 » for the
// one-digit zones 02, 03, 04, 09; « 010/22.73.96 », « 085 31 22 46 » for the two-digit ones, which start 01, 05–08: not
// Algeria's 021–049), its mobiles ten digits from 0460–0499 in a group of four (« 0476/12.34.56 »); Switzerland's ten
// digits run 3-3-2-2 (« 022 345 67 89 », « 079/123.45.67 »). France's ten digits in pairs are not read: Côte d'Ivoire
// writes its ten-digit numbers so too.
const SEP = String.raw`(?:\s?\/\s?|[ .])`;
const END = String.raw`(?![0-9]|[ .\/-][0-9])`;
const NATIONAL_PHONES: Array<[RegExp, string]> = [
  [new RegExp(String.raw`(?<![0-9+.\/-])0[2349]${SEP}\d{3}[ .]\d{2}[ .]\d{2}${END}`, "g"), "BE"],
  [new RegExp(String.raw`(?<![0-9+.\/-])0(?:1\d|[5-8]\d)${SEP}\d{2}[ .]\d{2}[ .]\d{2}${END}`, "g"), "BE"],
  [new RegExp(String.raw`(?<![0-9+.\/-])04[6-9]\d${SEP}\d{2}[ .]\d{2}[ .]\d{2}${END}`, "g"), "BE"],
  [new RegExp(String.raw`(?<![0-9+.\/-])0[1-9]\d${SEP}\d{3}[ .]\d{2}[ .]\d{2}${END}`, "g"), "CH"],
];

/** The seller's phone numbers, international (« +32 », « +1 514 ») or national (« 02/420.53.02 »): one point per country, counted once. */
function phoneClues(text: string): Array<Evidence & { country: string }> {
  const folded = fold(text);
  const out = new Map<string, Evidence & { country: string }>();
  const add = (country: string, start: number, end: number) => {
    if (!out.has(country)) out.set(country, { text: text.slice(start, end), start, end, weight: 1, country });
  };
  const patterns: Array<[RegExp, string | undefined]> = [[PHONE, undefined], [CANADIAN_PHONE, "CA"], ...NATIONAL_PHONES];
  const found = patterns.flatMap(([pattern, country]) => [...folded.matchAll(pattern)].map((m) => ({ m, country: country ?? PHONE_CODES[m[1]!]! })));
  for (const { m, country } of found.sort((a, b) => a.m.index - b.m.index)) add(country, m.index, m.index + m[0].length);
  return [...out.values()];
}
// A Belgian bank transfer's structured reference (« communication structurée », OGM-VCS « +++123/4567/89012+++ »): the
// payee's account is Belgian, as an IBAN BE… would say (one point).
const STRUCTURED_COMMUNICATION = /(?<![a-z])communications? structuree?s?(?![a-z])|\+\+\+\s?\d{3}\/\d{4}\/\d{5}\s?\+\+\+/;
// A registration at the RCCM (OHADA) carries its state's code: « RCCM SN-DKR-2021-B-12345 », « CI-ABJ-… ».
const RCCM = /(?<![a-z])rccm\s*(?:n°\s*|numero\s*)?:?\s*([a-z]{2})[-/ ]/;
// An EU VAT number after « TVA » / « VAT »: its two letters name the state (AT writes « ATU »).
const EU_VAT = /(?<=(?:tva|vat|ust-idnr)[^\n]{0,40})(?<![a-z0-9])(de ?\d{9}|atu ?\d{8}|it ?\d{11}|es ?[a-z0-9]\d{7}[a-z0-9]|nl ?\d{9} ?b\d{2}|pt ?\d{9}|ie ?\d{7}[a-z]{1,2}|dk ?\d{8}|pl ?\d{10}|se ?\d{12}|fi ?\d{8}|cz ?\d{8,10}|at ?u\d{8})(?![a-z0-9])/;
// A small seller's only traces may be its bank account and its web address: the IBAN's country (online banks
// give foreign ones: one point) and the site's or e-mail's country domain (one point), each counted once.
const IBAN_LENGTHS: Record<string, number> = ibanFile.lengths;
const IBAN_START = /(?<![a-z0-9])([a-z]{2})\d{2}(?= ?[0-9a-z]{4})/g;
const DOMAIN_COUNTRY: Record<string, string> = {
  fr: "FR", re: "FR", gp: "FR", mq: "FR", gf: "FR", yt: "FR", be: "BE", ch: "CH", lu: "LU", mc: "MC", ca: "CA", qc: "CA",
  ma: "MA", tn: "TN", dz: "DZ", sn: "SN", ci: "CI", cm: "CM", ga: "GA", mg: "MG", bj: "BJ", tg: "TG", bf: "BF", ml: "ML",
  ne: "NE", cd: "CD", cg: "CG", nc: "NC", pf: "PF",
};
const DOMAIN = new RegExp(String.raw`(?<=[a-z0-9-]{2})\.(${Object.keys(DOMAIN_COUNTRY).join("|")})(?=[/\s),;:>\]"']|\.(?:\s|$)|$)`, "g");

/** One point per country whose IBAN or web domain the text gives. */
function accountAndDomainClues(text: string): Array<Evidence & { country: string }> {
  const folded = fold(text);
  const out = new Map<string, Evidence & { country: string }>();
  const add = (key: string, country: string, start: number, end: number) => {
    if (!out.has(key)) out.set(key, { text: text.slice(start, end), start, end, weight: 1, country });
  };
  for (const m of folded.matchAll(IBAN_START)) {
    const code = m[1]!.toUpperCase();
    const expected = IBAN_LENGTHS[code];
    if (!expected) continue;
    // As many letters and digits as the country's IBAN has, in groups of four, and no more.
    let compact = 0;
    let at = m.index;
    while (at < folded.length && compact < expected && /[0-9a-z ]/.test(folded[at]!)) {
      if (folded[at] !== " ") compact++;
      at++;
    }
    if (compact === expected && !/[0-9a-z]/.test(folded[at] ?? "")) add(`iban ${code}`, code, m.index, at);
  }
  for (const m of folded.matchAll(DOMAIN)) {
    const country = DOMAIN_COUNTRY[m[1]!]!;
    const start = folded.lastIndexOf(" ", m.index) + 1;
    add(`domain ${country}`, country, start, m.index + m[0].length);
  }
  return [...out.values()];
}

// Currencies shared by several states: they point to the member the text names (an address, a court).
const ZONE_CURRENCIES: Array<[RegExp, ReadonlySet<string>]> = [
  [/(?<![a-z])(?:xof|f ?cfa|francs? cfa)(?![a-z])/, new Set([...XOF_MEMBERS, ...XAF_MEMBERS])],
  [/(?<![a-z])xaf(?![a-z])/, XAF_MEMBERS],
  [/(?<![a-z])(?:xpf|f ?cfp|francs? cfp|francs? pacifique)(?![a-z])/, XPF_MEMBERS],
  // Forms shared by a zone: OHADA's SUARL, the ASBL of Belgium and Luxembourg.
  [/(?<![a-z])suarl(?![a-z])/, OHADA_MEMBERS],
  [/(?<![a-z])a\.?s\.?b\.?l\.?(?![a-z])/, new Set(["BE", "LU"])],
];
/** Clues whose capitals matter, matched on the text as written. */
const CASED_CLUES: Array<[RegExp, string, number]> = [
  // A five-digit postcode before a capitalised place (« 44000 Nantes », not « 15000 euros »).
  [/(?<![0-9])(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}\s+(?!Monaco|EUR|HT|TTC|CHF)\p{Lu}/gu, "FR", 1],
  // « Sàrl » is the Swiss spelling; France writes « SARL ».
  [/(?<!\p{L})Sàrl(?!\p{L})/gu, "CH", 2],
  // Legal forms of one country only: Belgium's SRL / SPRL / SCRL, Québec's « ltée », Monaco's SAM, Morocco's SARL AU.
  [/(?<![\p{L}\p{N}])(?:SRL|SPRLU?|SCRL)(?![\p{L}\p{N}])/gu, "BE", 2],
  [/(?<![\p{L}\p{N}])(?:[Ll]tée|LTÉE)(?![\p{L}\p{N}])/gu, "CA", 2],
  [/(?<![\p{L}\p{N}])SAM(?![\p{L}\p{N}])/gu, "MC", 2],
  [/(?<![\p{L}\p{N}])SARL ?AU(?![\p{L}\p{N}])/gu, "MA", 2],
  // The dirham's code, in capitals only (« mad » is no French word, but the fold would find it in names).
  [/(?<![\p{L}\p{N}])MAD(?![\p{L}\p{N}])/gu, "MA", 2],
];
// « 1204 Genève », « B-4000 Liège », « CH-1003 Lausanne », « 20000 Casablanca », « BP 1234 Dakar »: a postcode
// (four digits, five in the Maghreb and the Pacific) or a post-office box, and a listed city.
const POSTCODE_CITY = new RegExp(String.raw`(?<![0-9])(?:(?:[a-z]{1,2}-)?\d{4,5}|\bb\.? ?p\.? ?\d{1,6})\s+(${CITY})(?![a-z])`);
// « Douala, Cameroun », « Dakar (Sénégal) »: a listed city and its own country's name.
const CITY_COUNTRY_NAMED = new RegExp(String.raw`(?<![a-z])(${CITY})\s*[,(–-]\s*(${byLength(COUNTRY_OF_NAME.keys())})(?![a-z])`);
// « tribunaux de Genève », « juridictions compétentes de Bruxelles », « for à Lausanne ».
const COURT_CITY = new RegExp(String.raw`(?<![a-z])(?:tribuna(?:l|ux)|juridictions?|cours?|for|justices? de paix)(?![a-z])[^.;\n]{0,50}?(?:de|d'|du|a)\s+(?:l'arrondissement\s+(?:judiciaire\s+)?(?:de|d')\s*|la ville de\s+)?(${CITY})(?![a-z])`);

// « SARL de droit sénégalais », « société de droit ivoirien »: a company states the law it was formed under, its
// country, as a registry number would (weight 3). « de droit belge ou de droit français » (a client's, either) is none.
const INCORPORATED_UNDER = new RegExp(String.raw`(?<![a-z])(?:societe|sarl|sas|sasu|eurl|suarl|sa|sprl|srl|entreprise|personne morale|association)(?![a-z])[^.;\n]{0,60}?(?<!ou\s)de droit (${ADJECTIVES})(?:n?e)?s?(?![a-z])(?!\s+(?:ou|et)\s+de droit)`);
// « immatriculée au registre de commerce de Dakar »: the OHADA states' RCCM (or Morocco's registry) named in words by its city.
const OHADA_REGISTRY = new RegExp(String.raw`(?<![a-z])registre (?:de|du) commerce(?: et du credit mobilier)?\s+(?:de |d')\s*(${CITY})(?![a-z])`);
// « RCS Antananarivo »: a register of that name kept in another country's city.
const FOREIGN_RCS = new RegExp(String.raw`(?<![a-z])r\.? ?c\.? ?s\.?\s*(?:de\s+)?(${CITY})(?![a-z])`);
// « seuls les tribunaux belges sont compétents », « juridictions luxembourgeoises »: a forum in a country is a
// place clue of its law (not a choice of it: a court may apply another law).
const COURTS_OF_COUNTRY = new RegExp(String.raw`(?<![a-z])(?:tribunaux|juridictions|cours)\s+(?:competent(?:e)?s\s+)?(${ADJECTIVES})(?:n?e)?s?(?![a-z])`);

/**
 * The seller's country: the clues' weights summed per country, the heaviest total if it reaches 2 and no other
 * country ties. Where the seller is registered outweighs where it has an address or sells: if some clue is
 * an identifier (weight 3), only the countries with one compete (a French SAS with a Geneva showroom and
 * prices in CHF is French).
 */
function sellerCountry(text: string): LawInference {
  return scoreCountries(sellerClues(text));
}

/** Every clue of the seller's country the text gives, each with its country and weight. */
function sellerClues(text: string): Array<Evidence & { country: string }> {
  const found: Array<Evidence & { country: string }> = [];
  for (const [pattern, country, weight] of [...SELLER_CLUES, [SWISS_REGISTER, "CH", 3] as const]) found.push(...clues(text, pattern, weight).map((e) => ({ ...e, country })));
  for (const [pattern, country, weight] of CASED_CLUES) {
    for (const m of text.matchAll(pattern)) {
      // « 20000 Casablanca » is no French postcode.
      if (country === "FR" && CITY_COUNTRY.has(fold(text.slice(m.index + m[0].length - 1, m.index + m[0].length + 30)).split(/[\s,.;()]/)[0]!)) continue;
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, weight, country });
    }
  }
  for (const m of findAll(text, FOREIGN_RCS)) found.push({ text: m.text, start: m.start, end: m.end, weight: 3, country: CITY_COUNTRY.get(m.groups[0]!)! });
  for (const m of findAll(text, COURTS_OF_COUNTRY)) found.push({ text: m.text, start: m.start, end: m.end, weight: 2, country: COUNTRY_OF_ADJECTIVE.get(m.groups[0]!)! });
  for (const pattern of [POSTCODE_CITY, COURT_CITY]) {
    for (const m of findAll(text, pattern)) found.push({ text: m.text, start: m.start, end: m.end, weight: 2, country: CITY_COUNTRY.get(m.groups[0]!)! });
  }
  for (const m of findAll(text, CITY_COUNTRY_NAMED)) {
    const country = CITY_COUNTRY.get(m.groups[0]!);
    if (country && country === COUNTRY_OF_NAME.get(m.groups[1]!)) found.push({ text: m.text, start: m.start, end: m.end, weight: 2, country });
  }
  found.push(...phoneClues(text));
  found.push(...clues(text, STRUCTURED_COMMUNICATION, 1).slice(0, 1).map((e) => ({ ...e, country: "BE" })));
  for (const m of findAll(text, RCCM)) {
    const country = m.groups[0]!.toUpperCase();
    if (OHADA_MEMBERS.has(country)) found.push({ text: m.text, start: m.start, end: m.end, weight: 3, country });
  }
  for (const m of findAll(text, EU_VAT)) {
    const country = m.groups[0]!.slice(0, 2).toUpperCase();
    found.push({ text: m.text, start: m.start, end: m.end, weight: 3, country });
  }
  for (const pattern of [INCORPORATED_UNDER, OHADA_REGISTRY]) {
    for (const m of findAll(text, pattern)) {
      const country = COUNTRY_OF_ADJECTIVE.get(m.groups[0]!) ?? CITY_COUNTRY.get(m.groups[0]!);
      if (country) found.push({ text: m.text, start: m.start, end: m.end, weight: 3, country });
    }
  }
  found.push(...accountAndDomainClues(text));
  found.push(...zoneCurrencies(text, found));
  return found;
}

/** The heaviest total if it reaches 2 and no other country ties; only countries with an identifier compete when some clue is one. */
function scoreCountries(found: Array<Evidence & { country: string }>): LawInference {
  const identified = new Set(found.filter((e) => e.weight >= 3).map((e) => e.country));
  const scores = new Map<string, number>();
  // A clue said again adds nothing (« livraison en Belgique » in three price lines, « montres suisses… mouvement
  // suisse »): each distinct wording counts once per country, numbers aside.
  const counted = new Set<string>();
  for (const e of found) {
    const key = `${e.country} ${e.weight} ${fold(e.text).replace(/[\d\s.:/-]+/g, " ").trim()}`;
    if (counted.has(key) || (identified.size && !identified.has(e.country))) continue;
    counted.add(key);
    scores.set(e.country, (scores.get(e.country) ?? 0) + e.weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const heaviest = (country: string) => strongest(found.filter((e) => e.country === country));
  if (!first || first[1] < 2) return {};
  if (second && second[1] === first[1]) return { conflict: [heaviest(first[0])!, heaviest(second[0])!].sort((a, b) => a.start - b.start) as [Evidence, Evidence] };
  return { law: first[0], evidence: heaviest(first[0]), against: outweighed(found, first[0]) };
}

/** The heaviest clue of another country than `law`, if it weighs at least a place's 2. */
function outweighed(found: ReadonlyArray<Evidence & { country: string }>, law: string): Evidence | undefined {
  return strongest(found.filter((e) => e.country !== law && e.weight >= 2));
}

const CITY_NAMED = new RegExp(String.raw`(?<![a-z])(${CITY})(?![a-z])`);

/** A shared currency (francs CFA, CFP) or form (SUARL, ASBL) as a place clue of the one member state the other clues or the text name; none if they name none. */
function zoneCurrencies(text: string, found: ReadonlyArray<Evidence & { country: string }>): Array<Evidence & { country: string }> {
  const named = [
    ...found.map((e) => e.country),
    ...findAll(text, COUNTRY_NAME).map((m) => COUNTRY_OF_NAME.get(m.groups[0]!)!),
    ...findAll(text, CITY_NAMED).map((m) => CITY_COUNTRY.get(m.groups[0]!)!),
  ];
  return ZONE_CURRENCIES.flatMap(([pattern, members]) => {
    const member = named.find((c) => members.has(c));
    return member ? clues(text, pattern, 2).map((e) => ({ ...e, country: member })) : [];
  });
}

// Signs that a text was written for French law, when it names no country's law and no seller's country: a French
// code or authority cited (« article L221-18 du Code de la consommation », « la CNIL »), the French courts' names.
// Any French clue of the seller's (address, postcode, SIREN, +33, .fr, « France ») is one too.
const FRENCH_SIGNS = /(?<![a-z])(?:code (?:de la consommation|civil|de commerce|general des impots|de la propriete intellectuelle|monetaire et financier|penal|des postes|du travail|de procedure civile|du tourisme|de l'education|de la route)|c\. ?(?:consom|civ|com)\.|cgi|cnil|dgccrf|informatique et libertes|loi (?:n° ?)?78-17|legifrance|tribunal judiciaire|tribunal de grande instance|tribunal d'instance|greffe du tribunal de commerce|urssaf|france|(?:droits?|lois?|legislations?|juridictions?|tribunaux|republique|territoire) francaise?s?)(?![a-z])/;

/** The first sign that the text was written for French law (its code, courts, authorities, a French seller's clue); none if it shows none. */
export function frenchSign(text: string): Evidence | undefined {
  const cited = clues(text, FRENCH_SIGNS, 1);
  const seller = sellerClues(text).filter((e) => e.country === "FR");
  return [...cited, ...seller].sort((a, b) => a.start - b.start)[0];
}

// « soumises au droit applicable au siège de l'éditeur », « les lois du pays d'exploitation », « la juridiction du lieu
// du siège social »: the text ties its law or its forum to the seller's seat. When the seat's country is known it
// is the seller's country (above); when the text gives no seat at all, the law is the seat's, not France's.
const LAW_OF_THE_SEAT = /(?<![a-z])(?:droits?|lois?|legislations?|juridictions?|tribuna(?:l|ux))(?![a-z])[^.;\n]{0,80}?(?:siege(?: social)?|pays d'exploitation|pays du siege)(?![a-z])/;

/** Whether the text ties its law or forum to the seller's seat (« droit applicable au siège de l'éditeur »). */
export function lawOfTheSeat(text: string): boolean {
  return clues(text, LAW_OF_THE_SEAT, 1).length > 0;
}

/** The law a text's words point to: its choice-of-law clause, else its seller's country; undefined when nothing tells. */
export function inferLaw(text: string): LawInference {
  const choice = strongest(lawChoices(text, new SentenceIndex(text))) as (Evidence & { country: string }) | undefined;
  const seller = sellerCountry(text);
  // A choice of law beats the seller's clues; a seller registered elsewhere is said.
  if (choice) return { law: choice.country, evidence: choice, against: seller.law !== undefined && seller.law !== choice.country ? seller.evidence : undefined };
  return seller;
}
