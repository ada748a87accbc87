// Round T2 (issue #11, deliverable 3): the law of texts that choose none, from the seller's
// identifiers, address, phone, currency and courts. Every text is written for this battery, in the
// shapes published terms use; `undefined` means the text cannot tell (French law is then presumed
// and the info says it was not inferred). Run on main's code before the round: 20 of 36 failed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../../../src/lint/linter.js";
import { inferLaw } from "../../../src/lint/scope/law.js";

type Case = [name: string, text: string, law: string | undefined];

const cases: Case[] = [
  // Identifiers in the shapes each registry gives them.
  ["BE: enterprise number glued to its prefix, « BE0… »", "Brume SRL – Chaussée de Louvain 12 – BE0712.345.678 – info@brume.example", "BE"],
  ["BE: « n° BCE » with a bare enterprise number", "Les Ateliers Brume SRL, siège : rue Haute 4, Wavre. N° BCE : 0712 345 678.", "BE"],
  ["CH: « CHE-…-… TVA » and a Sàrl", "Brume Sàrl, Rue du Lac 3, Vevey – CHE-112.345.678 TVA", "CH"],
  ["CH: « IDE » after the number", "Atelier Brume SA, numéro IDE CHE-112.345.678, Lausanne", "CH"],
  ["LU: « RCS B123456 » without the city's name", "Brume S.à r.l., 12 rue de la Gare, Esch – RCS B123456 – TVA LU12345678", "LU"],
  ["CA: a NEQ alone", "Les Éditions Brume inc. (NEQ 1171234567) vendent des livres imprimés.", "CA"],
  ["MA: ICE and RC of Casablanca", "Brume SARL AU, 12 boulevard Zerktouni, Casablanca. ICE : 001234567000089 – RC : 345678.", "MA"],
  ["MA: « registre de commerce de Rabat »", "La société Brume, inscrite au registre de commerce de Rabat sous le numéro 98765, vend des tapis.", "MA"],
  ["SN: RCCM with its country code and a NINEA", "Brume SUARL, Dakar – RCCM SN-DKR-2021-B-12345 – NINEA 008765432", "SN"],
  ["CI: RCCM of Abidjan", "Brume SARL, Cocody, Abidjan. RCCM : CI-ABJ-2020-B-45678. Prix en FCFA.", "CI"],
  ["DE: a German VAT number after « TVA intracommunautaire »", "Brume GmbH, Berlin. N° de TVA intracommunautaire : DE123456789.", "DE"],
  ["IT: an Italian VAT number", "Brume S.r.l., Torino – TVA : IT12345678901", "IT"],
  // Phone, currency and address.
  ["CH: a Swiss phone and prices in francs", "Contact : +41 22 345 67 89. Tous les prix sont indiqués en CHF.", "CH"],
  ["BE: a Belgian phone and a Belgian postcode", "Brume, rue Haute 4, 1300 Wavre – Tél. +32 10 12 34 56", "BE"],
  ["LU: a Luxembourg phone and « Grand-Duché »", "Nous joindre : +352 26 12 34 56, Brume, Grand-Duché.", "LU"],
  ["MA: a Moroccan phone and prices in dirhams", "Service client : +212 5 22 12 34 56. Les prix sont en dirhams (MAD).", "MA"],
  ["CA: a Montréal phone and prices in dollars canadiens", "Appelez-nous au +1 514 555 0123. Prix en dollars canadiens.", "CA"],
  ["SN: prices in XOF and a Dakar address", "Brume, BP 1234 Dakar, Sénégal. Prix en XOF, toutes taxes comprises.", "SN"],
  ["CM: FCFA and Douala, Cameroun", "Brume SARL, Akwa, Douala, Cameroun. Les prix sont exprimés en FCFA.", "CM"],
  // Courts named.
  ["BE: « arrondissement judiciaire de Liège »", "Tout litige relève des tribunaux de l'arrondissement judiciaire de Liège.", "BE"],
  ["MA: the commercial court of Casablanca", "Tout litige sera porté devant le tribunal de commerce de Casablanca.", "MA"],
  ["BE: « justice de paix du canton de Namur » is Belgian, not Swiss", "En cas de litige, la justice de paix du canton de Namur est compétente. Tél. +32 81 12 34 56.", "BE"],
  // French overseas: French law; New Caledonia and French Polynesia have their own (no profile).
  ["Réunion: 97400 Saint-Denis and a +262 phone", "Brume, 12 rue de Paris, 97400 Saint-Denis, La Réunion – Tél. +262 262 12 34 56", "FR"],
  ["Martinique: 97200 Fort-de-France", "Boutique Brume, 5 rue Victor Hugo, 97200 Fort-de-France, Martinique", "FR"],
  ["Guyane: SIRET and 97300 Cayenne", "Brume, SIRET 732 829 320 00074, 97300 Cayenne, Guyane", "FR"],
  ["New Caledonia: RIDET, 98800 Nouméa, prices in XPF", "Brume SARL, 98800 Nouméa – RIDET 1 234 567.001 – prix en XPF", "NC"],
  ["French Polynesia: numéro TAHITI and Papeete", "Brume, BP 123, 98713 Papeete, Tahiti – N° TAHITI A12345 – prix en F CFP", "PF"],
  // Conflicts and what cannot tell.
  ["a choice-of-law clause beats the seller's registry", "Brume SAS, RCS Lyon 732 829 320, 69001 Lyon. Le contrat est régi par le droit suisse.", "CH"],
  ["a French registry beats a Swiss showroom's address and prices", "Brume SAS, RCS Annecy 732 829 320. Showroom : 1204 Genève. Prix en CHF pour la Suisse.", "FR"],
  ["FR: SIRET and a +33 phone", "Brume, SIRET 732 829 320 00074 – Tél. +33 4 12 34 56 78", "FR"],
  ["delivery countries name no seller", "Nous livrons en France, en Belgique, en Suisse et au Maroc.", undefined],
  ["a « canton de » in France is no Swiss clue", "Brume, artisan du canton de Saint-Malo, vend ses produits sur les marchés.", undefined],
  ["« RC Pro » is an insurance, not a Moroccan registry", "Le Prestataire a souscrit une assurance RC Pro auprès de la compagnie Brume Assurances.", undefined],
  ["the ECB's rate is no Belgian clue", "Pénalités : taux de la BCE majoré de 10 points.", undefined],
  ["a lone Swiss phone tells too little", "Pour toute question : +41 22 345 67 89.", undefined],
  ["a customer's address abroad in an example", "Exemple d'adresse de livraison : Jean Dupont, 10 rue du Port, 1000 Bruxelles, Belgique. Brume SAS, RCS Rennes 732 829 320.", "FR"],
];

describe("law battery (round T2): texts without a choice-of-law clause", () => {
  it.each(cases)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Second wave, written after the first fixes to probe them: registries in words, the statutes a text
// cites for its consumers (each country's own), Québec's and Morocco's consumer laws. 7 of 10 failed on first
// run (every case naming a registry in words or a statute), fixed generally.
const secondWave: Case[] = [
  ["FR: the registry in words, no « RCS »", "Brume, société par actions simplifiée, inscrite au registre du commerce et des sociétés de Lyon sous le numéro 732 829 320.", "FR"],
  ["LU: the registry in words, « de Luxembourg » and a B number", "Brume S.à r.l., inscrite au Registre de Commerce et des Sociétés de Luxembourg sous le numéro B 123456.", "LU"],
  ["CH: « registre du commerce de Genève »", "Brume SA, inscrite au registre du commerce de Genève, vend des montres.", "CH"],
  ["BE: the Code de droit économique cited for the consumer", "Conformément au livre VI du Code de droit économique, le consommateur dispose d'un délai de quatorze jours.", "BE"],
  ["CH: the Code des obligations cited for the guarantee", "La garantie est régie par les articles 197 et suivants du Code des obligations.", "CH"],
  ["CA: Québec's consumer protection act", "Conformément à la Loi sur la protection du consommateur, le commerçant remet une copie du contrat. L'Office de la protection du consommateur peut être saisi.", "CA"],
  ["MA: Morocco's consumer protection law 31-08", "Conformément à la loi n° 31-08 édictant des mesures de protection du consommateur, l'acheteur dispose d'un délai de sept jours.", "MA"],
  ["FR: the Code de la consommation cited, nothing else", "Conformément à l'article L221-18 du Code de la consommation, le consommateur dispose de quatorze jours.", undefined],
  ["BE: a French client's SIRET asked does not make a Belgian seller French", "Brume SRL, BCE 0712.345.678, rue Haute 4, 1300 Wavre. Le client professionnel indique son numéro SIRET.", "BE"],
  ["undecided: the CO of a French text is « CO2 »", "Nos livraisons compensent leurs émissions de CO2.", undefined],
];

describe("law battery (round T2, second wave)", () => {
  it.each(secondWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Third wave, written after the second: choice and forum wordings published terms use. 4 of 7 failed on first
// run (« dispositions légales belges », « en vigueur en Belgique », courts named by their country), fixed generally.
const thirdWave: Case[] = [
  ["BE: « régies par les dispositions légales belges »", "Les présentes conditions sont régies par les dispositions légales belges.", "BE"],
  ["BE: « la législation en vigueur en Belgique »", "Seule la législation en vigueur en Belgique est applicable aux présentes.", "BE"],
  ["CA: « les lois en vigueur au Québec »", "Le présent contrat est régi par les lois en vigueur au Québec.", "CA"],
  ["BE: « seuls les tribunaux belges sont compétents »", "En cas de litige, seuls les tribunaux belges sont compétents.", "BE"],
  ["LU: « les juridictions luxembourgeoises »", "Tout litige est de la compétence exclusive des juridictions luxembourgeoises.", "LU"],
  ["FR: French courts and an RCS", "Brume SAS, RCS Lyon 732 829 320. Les tribunaux français sont seuls compétents.", "FR"],
  ["undecided: the courts of the consumer's country", "Le consommateur peut saisir les juridictions de son pays de résidence.", undefined],
];

describe("law battery (round T2, third wave)", () => {
  it.each(thirdWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Fourth wave: registries that look French abroad (Madagascar's RCS) and local numbers. 3 of 6 failed on first
// run (Madagascar's RCS and ariary, Tunisia's matricule fiscal), fixed generally.
const fourthWave: Case[] = [
  ["MG: « RCS Antananarivo » is Madagascar's, with NIF and STAT", "Brume SARL, Antananarivo – RCS Antananarivo 2019 B 00123 – NIF 4001234567 – STAT 12345 11 2019 0 00123", "MG"],
  ["MG: prices in ariary", "Brume, lot II J 45, Antananarivo 101. Les prix sont en ariary (MGA).", "MG"],
  ["TN: matricule fiscal and prices in dinars tunisiens", "Brume SARL, Tunis – Matricule fiscal : 1234567/A/M/000. Prix en dinars tunisiens (TND).", "TN"],
  ["DZ: prices in dinars algériens and an Algiers postcode", "Brume SARL, 16000 Alger. Les prix sont exprimés en dinars algériens.", "DZ"],
  ["CM: the old RCCM format « RC/DLA/… »", "Brume SARL, Douala – RC/DLA/2015/B/1234 – NIU M011500012345A", "CM"],
  ["FR: « RCS Saint-Denis de la Réunion »", "Brume SAS, RCS Saint-Denis de la Réunion 732 829 320, 97400 Saint-Denis.", "FR"],
];

describe("law battery (round T2, fourth wave)", () => {
  it.each(fourthWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Fifth wave: a small seller's only traces, its bank account and its web address (one point each, once).
// 2 of 5 failed on first run (an IBAN's and a domain's country were not read), fixed generally.
const fifthWave: Case[] = [
  ["BE: a Belgian IBAN and a .be address", "Virement sur le compte BE71 0961 2345 6769 de Jeanne Martin. Questions : contact@brume-yoga.be.", "BE"],
  ["a Belgian IBAN alone tells too little (online banks give them abroad)", "Virement sur le compte IBAN BE71 0961 2345 6769.", undefined],
  ["FR: a .fr site and a French postcode beat an online bank's Belgian IBAN", "Brume, 3 rue Haute, 44000 Nantes – www.brume.fr – IBAN BE71 0961 2345 6769", "FR"],
  ["CH: a .ch address and prices in CHF", "Écrivez-nous à info@brume.ch. Prix en CHF.", "CH"],
  ["a web address repeated tells no more than once", "Voir www.brume.be. Commandes sur www.brume.be. Suivi sur www.brume.be/suivi.", undefined],
];

describe("law battery (round T2, fifth wave)", () => {
  it.each(fifthWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Sixth wave: legal forms that exist in one country only (or one zone: OHADA's SUARL, the ASBL of Belgium
// and Luxembourg). 6 of 8 failed on first run, fixed generally.
const sixthWave: Case[] = [
  ["BE: an SRL", "Brume SRL, rue Haute 4, Wavre, vend des bougies.", "BE"],
  ["BE: an SPRL", "La SPRL Brume vend des bougies.", "BE"],
  ["CA: a « ltée »", "Les Éditions Brume ltée vendent des livres.", "CA"],
  ["MC: a SAM", "Brume SAM, 3 avenue des Fleurs, vend des montres.", "MC"],
  ["MA: a SARL AU", "Brume SARL AU, boulevard Zerktouni, vend des tapis.", "MA"],
  ["SN: a SUARL in Dakar", "Brume SUARL, Dakar, vend des tissus.", "SN"],
  ["an ASBL alone: Belgium or Luxembourg", "L'ASBL Brume organise des stages.", undefined],
  ["a SARL alone tells nothing", "Brume SARL vend des bougies.", undefined],
];

describe("law battery (round T2, sixth wave)", () => {
  it.each(sixthWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Seventh wave: traps — a French shop that speaks of another country's goods or delivery zone many times.
// 3 of 4 failed on first run (every repetition was summed), fixed: a clue said again counts once.
const seventhWave: Case[] = [
  ["Swiss watches sold from Nantes are not Swiss terms", "Nos montres suisses ont un mouvement suisse et une finition suisse. Brume, 3 rue Haute, 44000 Nantes.", undefined],
  ["delivery prices to Belgium, listed twice", "Livraison en Belgique : 8 €. Livraison express en Belgique : 12 €. Livraison en France : 5 €.", undefined],
  ["maple syrup from Québec, named twice", "Sirop d'érable du Québec. Tous nos produits sont importés du Québec.", undefined],
  ["BE: a client's SIRET named twice does not outweigh the seller's BCE number", "Brume SRL, BCE 0712.345.678. Le client professionnel communique son SIRET ; son SIRET figure sur la facture.", "BE"],
];

describe("law battery (round T2, seventh wave)", () => {
  it.each(seventhWave)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

// Conflicting evidence is said (docs/scope.md): the clue set aside, or the two that tied.
describe("law battery (round T2): conflicting clues are said", () => {
  it("a registry wins over a showroom abroad, and the showroom is quoted", () => {
    const inferred = inferLaw("Brume SAS, RCS Annecy 732 829 320. Showroom : 1204 Genève. Prix en CHF pour la Suisse.");
    expect([inferred.law, inferred.evidence?.text, inferred.against?.text]).toEqual(["FR", "RCS", "1204 Genève"]);
  });

  it("a choice of law wins over the seller's registry, which is quoted", () => {
    const inferred = inferLaw("Brume SAS, RCS Lyon 732 829 320. Le contrat est régi par le droit suisse.");
    expect([inferred.law, inferred.against?.text]).toEqual(["CH", "RCS"]);
  });

  it("two countries' addresses tie: undecided, both quoted", () => {
    const inferred = inferLaw("Atelier : 1204 Genève.\n\nDépôt : 1000 Bruxelles.");
    expect(inferred.law).toBeUndefined();
    expect(inferred.conflict?.map((e) => e.text)).toEqual(["1204 Genève", "1000 Bruxelles"]);
  });

  it("the info says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-law-battery-"));
    try {
      writeFileSync(join(dir, "a.md"), "# CGV\n\nBrume SAS, RCS Annecy 732 829 320.\n\nShowroom : 1204 Genève.\n");
      writeFileSync(join(dir, "b.md"), "# CGV\n\nAtelier : 1204 Genève.\n\nDépôt : 1000 Bruxelles.\n");
      const { results } = new Linter({ cwd: dir, asOf: "2026-06-01", locale: "fr" }).lintPaths(["a.md", "b.md"]);
      const info = (file: string) => results.find((r) => r.filePath === file)!.messages.find((m) => m.ruleId === "scope-inferred")!.message;
      expect(info("a.md")).toContain("Droit applicable : français (déduit de « RCS », l. 3 ; indice contraire écarté : « 1204 Genève », l. 5)");
      expect(info("b.md")).toContain("Droit applicable : français (indices contraires, « 1204 Genève », l. 3, et « 1000 Bruxelles », l. 5 : droit français présumé)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
