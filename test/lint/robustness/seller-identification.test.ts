// Class a: seller identification in real typography and layout.
import { describe } from "vitest";
import { runCases } from "./battery.js";

const NB = "\u00a0";
const NNB = "\u202f";
const COND = "\n\n## Article 2 – Objet\n\nLes présentes conditions régissent les ventes de bougies.\n";

describe("robustness: seller identification", () => {
  runCases([
    {
      name: "registry named in words, « sous le numéro », capital « 1 000,00 euros »",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# Conditions générales de vente\n\nAtelier Brume, SAS au capital de 1 000,00 euros, dont le siège social est situé 8 rue des Tanneurs, 69001 Lyon, immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 732 829 320.${COND}`,
    },
    {
      name: "NBSP and narrow NBSP inside the SIREN and the capital, « RCS de Lyon B … »",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\nBrume SARL, capital social${NB}: 10${NNB}000${NB}€, 8 rue des Tanneurs 69001 Lyon, RCS de Lyon B 732${NB}829${NB}320.${COND}`,
    },
    {
      name: "legal-notice block without full stops, SIRET with dots",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# MENTIONS LÉGALES\n\nRaison sociale : Atelier Brume\nForme juridique : EURL\nCapital social : 5 000 €\nSiège social : 8 rue des Tanneurs 69001 Lyon\nSIRET : 732.829.320.00074\nR.C.S. Lyon${COND}`,
    },
    {
      name: "SARL without its capital: at the seller's name line",
      rule: "seller-identification-incomplete",
      reports: true,
      line: 5,
      text: `# Conditions générales de vente\n\n## Article 1 – Le vendeur\n\nBrume SARL, 8 rue des Tanneurs 69001 Lyon, R.C.S. Lyon 732 829 320.${COND}`,
    },
    {
      name: "notice merged with the host's details: the host's SIREN is not the seller's",
      rule: "seller-identification-incomplete",
      reports: true,
      line: 3,
      text: `# Mentions légales\n\nÉditeur : Atelier Brume SAS au capital de 1 000 €\nSiège : 8 rue des Tanneurs 69001 Lyon\nHébergeur : OVH SAS au capital de 10 174 560 €\nSiège : 2 rue Kellermann 59100 Roubaix\nRCS Lille Métropole 424 761 419${COND}`,
    },
    {
      name: "host block after a complete seller block",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# Mentions légales\n\nÉditeur : Atelier Brume SAS au capital de 1 000 €\nSiège : 8 rue des Tanneurs 69001 Lyon\nRCS Lyon 732 829 320\n\nHébergeur : OVH SAS au capital de 10 174 560 €\nSiège : 2 rue Kellermann 59100 Roubaix\nRCS Lille Métropole 424 761 419${COND}`,
    },
    {
      name: "a trade name operated by a complete legal entity",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\nLa boutique « Brume » est exploitée par Atelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.${COND}`,
    },
    {
      name: "an artisan EI « inscrit au Répertoire des métiers » with « SIREN : »",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\nJean Brume EI, ébéniste, 8 rue des Tanneurs 69001 Lyon, inscrit au Répertoire des métiers du Rhône, SIREN${NB}: 732 829 320.${COND}`,
    },
    {
      name: "a seller named only by its trade name, as a party: on the line that names it",
      rule: "seller-identification-incomplete",
      reports: true,
      line: 5,
      says: /« Brume Studio » n'est désigné que par son nom/,
      text: `# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes CGV régissent les relations contractuelles entre **Brume Studio**, agence de design graphique, et ses clients.\n`,
    },
    {
      name: "parties named by their roles only (« entre le Prestataire et le Client »)",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\n## Article 1 – Objet\n\nLes présentes CGV régissent les relations entre le Prestataire et le Client.\n`,
    },
    {
      name: "a trade name as a party, identified in the legal notice further on",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\nLes présentes CGV régissent les relations entre Brume Studio et ses clients.\n\n## Mentions légales\n\nBrume Studio est le nom commercial d'Atelier Brume, SARL au capital de 1 000 €, RCS Lyon 732 829 320, 8 rue des Tanneurs 69001 Lyon.\n`,
    },
    {
      name: "« entreprise unipersonnelle à responsabilité limitée » in words, without its capital",
      rule: "seller-identification-incomplete",
      reports: true,
      line: 5,
      says: /capital social/,
      text: `# CGV\n\n## Objet\n\nLa société Brume est une entreprise unipersonnelle à responsabilité limitée, RCS Lyon 732 829 320, 8 rue des Tanneurs 69001 Lyon.\n`,
    },
    {
      name: "« SNC » in a bold-paragraph heading block, « immatriculée sous le N°… au RCS de Lyon »",
      rule: "seller-identification-incomplete",
      reports: false,
      text: `# CGV\n\n**Article 1 – Le vendeur**\n\nLa société BRUME, SNC au capital de 3${"\u00a0"}000 €, dont le siège est 8 rue des Tanneurs 69001 Lyon, immatriculée sous le N°732829320 au RCS de Lyon.${COND}`,
    },
    {
      name: "SIREN with dots and a wrong check digit",
      rule: "invalid-identifier",
      reports: true,
      line: 3,
      text: `# CGV\n\nAtelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, SIREN : 732.829.321.${COND}`,
    },
    {
      name: "SIREN with NBSP and « N° TVA intracom » valid",
      rule: "invalid-identifier",
      reports: false,
      text: `# CGV\n\nAtelier Brume SAS au capital de 1 000 €, SIREN 732${NB}829${NB}320, N° TVA intracom : FR${NB}44${NB}732${NB}829${NB}320.${COND}`,
    },
    {
      name: "micro-entrepreneur with a SIRET in groups",
      rule: "invalid-identifier",
      reports: false,
      text: `# CGV\n\nJeanne Martin EI, micro-entrepreneur, 3 rue Haute 44000 Nantes, SIRET 732 829 320 00074.${COND}`,
    },
  ]);
});
