// Round T34a (issue #11): a seller's phone written in its national format, without a country code, names its country
// by the numbering plan's shape. Belgium: zone numbers of nine digits, the zone set apart by a slash or a space
// (« 02/420.53.02 », « 010/22.73.96 »), mobiles 046x–049x in a group of four; Switzerland: ten digits in 3-3-2-2.
// Like a phone with its country code, it weighs one point (a phone alone decides nothing; with the site's domain, a
// Belgian bank transfer's « communication structurée » or a second clue, it does). French pairs (« 01 23 45 67 89 »)
// are not read: Côte d'Ivoire writes its ten digits so too; Algeria's « 021 23 45 67 » is not Belgian (zones 02x–04x).
// Every text is written for this battery. Run on the code before the round: 13 of the 31 cases failed (13 of the 14 that
// must find a country: the Lausanne one had its CHF already; none of the must-not cases).
import { describe, expect, it } from "vitest";
import { inferLaw } from "../../../src/lint/scope/law.js";

type Case = [name: string, text: string, law: string | undefined];

const mustTrigger: Case[] = [
  ["BE: a Brussels number with a slash and the site's .be", "Réservations au 02/512.34.56 ou sur www.atelier-brume.be.", "BE"],
  ["BE: a two-digit zone with a slash and an e-mail in .be", "Contact : 081/23.45.67 – bonjour@brume.be", "BE"],
  ["BE: a one-digit zone spaced 2-3-2-2 and a .be address", "Appelez-nous au 04 223 45 67 (Liège) ; site : brume.be/stages", "BE"],
  ["BE: a two-digit zone spaced, no slash, and a .be domain", "Secrétariat : 065 84 12 33. Courriel : info@brume.be.", "BE"],
  ["BE: a mobile in a group of four and a structured communication", "Payez par virement avec la communication structurée indiquée ; GSM : 0476/12.34.56.", "BE"],
  ["BE: a mobile spaced 4-2-2-2 and the OGM reference", "Référence : +++123/4567/89012+++ ; renseignements au 0498 76 54 32.", "BE"],
  ["BE: three numbers of three offices count once, with the domain", "Namur 081/22.33.44 – Mons 065/31.22.46 – Bruxelles 02/420.53.02 – www.brume.be", "BE"],
  ["BE: a table of offices, Markdown list", "- Wavre : 010 41 22 73\n- Gand : 09 265 43 21\n\nInscriptions en ligne : https://brume.be", "BE"],
  ["BE: a national number beside the same number with +32", "Tél. 02 420 53 02 (de l'étranger : +32 2 420 53 02), prix TVAC, paiement par communication structurée.", "BE"],
  ["CH: a Geneva number 3-3-2-2 and a .ch site", "Renseignements : 022 345 67 89 – www.brume.ch", "CH"],
  ["CH: a mobile with a slash and a .ch e-mail", "Natel : 079/123.45.67, courriel : cours@brume.ch", "CH"],
  ["CH: a Lausanne number and prices in francs", "Atelier ouvert du mardi au samedi, tél. 021 612 34 56. Prix en CHF.", "CH"],
  ["BE outweighs a French country name said as a destination", "Livraison possible en France. Tél. 02/512.34.56 – brume.be", "BE"],
  ["BE: the number in bold as a label's value", "**Téléphone :** 010/22.73.96 — **Site :** lecfs-exemple.be", "BE"],
];

const mustNot: Case[] = [
  ["a Belgian number alone decides nothing", "Pour toute question, appelez le 02/512.34.56.", undefined],
  ["French pairs beside a .be domain: the domain alone decides nothing", "Tél. : 01 23 45 67 89 – www.brume.be", undefined],
  ["French pairs and a French domain: no national-plan point for France", "Tél. 04 76 12 34 56 – contact@brume.fr", undefined],
  ["an Algerian landline is not Belgian", "Contact : 021 23 45 67 (Alger).", undefined],
  ["a date with slashes is no number", "Inscriptions du 01/02/2025 au 15/03/2025.", undefined],
  ["a date with dots is no number", "Mise à jour le 02.04.2024, version 3.", undefined],
  ["an enterprise number's groups are no phone", "Numéro : 0712.345.678 du registre.", "BE"],
  ["an IBAN's groups are no phone", "IBAN FR76 3000 6000 0112 3456 7890 189", undefined],
  ["a price with its thousands is no phone", "Le forfait coûte 1 250.00 € ; le séjour 2 340 € pour 12 jours.", undefined],
  ["a time range is no phone", "Ouvert de 08.30 à 12.00 et de 13.30 à 18.00.", undefined],
  ["an Ivorian ten-digit number in pairs reads as nothing", "Appelez le 07 07 12 34 56 à Abidjan. Site : www.brume.ci", undefined],
  ["a French SIRET outweighs a Belgian phone (an identifier wins)", "Brume SAS, SIRET 123 456 789 00012 – Tél. 02/512.34.56", "FR"],
  ["a longer digit string is not cut into a phone", "Code produit 0251234567890.", undefined],
  ["one number said twice, with +32 and without, counts once", "Tél. 02 420 53 02 (depuis l'étranger : +32 2 420 53 02).", undefined],
  ["a Swiss number alone decides nothing", "Tél. 022 345 67 89", undefined],
  ["a Belgian number after a plus sign is read as the country code only", "Tél. +33 2 512 34 56", undefined],
  ["French pairs beside a .ch site: not read as Swiss", "Tél. 02 51 23 45 67 – www.brume.ch", undefined],
];

describe("round T34a: a phone in its national format names its country", () => {
  it.each(mustTrigger)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});

describe("round T34a: what is no national phone, or decides nothing alone", () => {
  it.each(mustNot)("%s", (_, text, expected) => {
    expect(inferLaw(text).law).toBe(expected);
  });
});
