// Round 3 of the audience battery (round T1, src/lint/scope/audience.ts, docs/scope.md): short texts
// written for the test on how a lawyer tells the client's kind from the trade and the contract's
// mechanics when the terms never say « consommateur » nor « professionnel »: the client's home,
// children, pet or wedding (households) against its employees, company or own clientele (firms);
// the B2B late-payment mechanisms copied into terms whose services are evidently for households
// (terms for both, not B2B); a client defined as either kind; and consumer-looking words that
// tell nothing alone (« garantie », « livraison », « commande », « retour »). `undefined` is the
// audience left undecided.
import { describe, expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";

type Case = [text: string, expected: "b2b" | "b2c" | "mixed" | undefined];
const check = ([text, expected]: Case) => expect(inferAudience(text).audience).toBe(expected);
// 20 of the 37 cases failed on main's code before round T1 (commit 8565353 listed them here); none fails since.
const STILL_FAILING = new Set<string>([]);
const each = (cases: Case[]) => {
  for (const c of cases) (STILL_FAILING.has(c[0]) ? it.fails : it)(`${c[0]} → ${c[1]}`, () => check(c));
};

describe("households from the trade: the client's home, family, pet, event, leisure", () => {
  each([
    ["Pendant vos vacances, nous passons deux fois par jour nourrir votre chat et arroser vos plantes.", "b2c"],
    ["Le photographe couvre votre mariage de la cérémonie au vin d'honneur ; l'album est remis sous deux mois.", "b2c"],
    ["Les cours particuliers de guitare ont lieu le mercredi ; l'inscription de votre enfant vaut pour l'année scolaire.", "b2c"],
    ["Le désembouage du chauffage de votre maison est réalisé en une demi-journée par un technicien.", "b2c"],
    ["Nous rangeons et désencombrons votre logement, pièce par pièce, selon un planning convenu ensemble.", "b2c"],
    ["La séance de massage dure une heure ; merci de prévenir vingt-quatre heures avant en cas d'empêchement.", "b2c"],
    ["Nous accueillons vos enfants de 6 à 12 ans pour des stages de poterie pendant les vacances scolaires.", "b2c"],
  ]);
});

describe("firms from the trade: the client's employees, company, clientele", () => {
  each([
    ["Nous formons vos salariés à la sécurité incendie, sur site ou dans nos locaux.", "b2b"],
    ["Le consultant accompagne votre entreprise dans la mise en place de son plan de continuité.", "b2b"],
    ["La refonte de votre site professionnel comprend trois allers-retours de maquettes.", "b2b"],
    ["Nos campagnes d'emailing fidélisent votre clientèle ; le fichier reste la propriété du Client.", "b2b"],
    ["L'atelier de cohésion réunit vos collaborateurs pendant une journée dans un lieu choisi ensemble.", "b2b"],
  ]);
});

describe("the seller's own home, staff or company is not the client's", () => {
  each([
    ["Nos salariés sont formés chaque année ; notre entreprise est assurée en responsabilité civile.", undefined],
    ["Notre maison d'édition publie six titres par an ; les manuscrits ne sont pas retournés.", undefined],
    ["Les animaux de notre ferme pédagogique sont suivis par un vétérinaire.", undefined],
    ["L'entreprise prestataire conserve la propriété des outils qu'elle apporte.", undefined],
  ]);
});

describe("an explicit scope sentence wins over the trade's words", () => {
  each([
    ["Les présentes conditions sont réservées aux professionnels. Nous gardons votre chien pendant vos déplacements.", "b2b"],
    ["Les présentes conditions sont réservées aux consommateurs. Nous formons aussi vos salariés sur demande.", "b2c"],
  ]);
});

describe("B2B payment mechanisms in terms for households: terms for both", () => {
  each([
    [
      "Nos techniciens interviennent au domicile du client pour ramoner les conduits. Tout retard de paiement entraîne des pénalités au taux de la BCE majoré de 10 points et une indemnité forfaitaire de 40 € pour frais de recouvrement.",
      "mixed",
    ],
    [
      "Les tarifs de nos interventions sont indiqués toutes taxes comprises. Le règlement a lieu à la fin de l'intervention, par carte ou en espèces. En cas de retard, une indemnité forfaitaire de 40 € pour frais de recouvrement est due.",
      "mixed",
    ],
    [
      "Nous gardons votre chien à votre domicile pendant vos absences. Pénalités de retard : taux de la Banque centrale européenne majoré de dix points (article L441-10 du Code de commerce).",
      "mixed",
    ],
    [
      "Les prix sont indiqués en euros toutes taxes comprises. Acompte de 30 % à la signature du devis, solde à la fin du chantier, par chèque ou en espèces. Une indemnité forfaitaire de 40 € est due pour frais de recouvrement.",
      "mixed",
    ],
  ]);
});

describe("B2B payment mechanisms with no household cue stay B2B", () => {
  each([
    ["Les prix s'entendent hors taxes. Une indemnité forfaitaire de 40 € pour frais de recouvrement est due en cas de retard.", "b2b"],
    [
      "Les prix sont indiqués hors taxes et toutes taxes comprises. Pénalités de retard : taux de la BCE majoré de 10 points.",
      "b2b",
    ],
    [
      "Les frais de livraison sont à la charge de l'acheteur. Tout retard de paiement donne lieu à une indemnité forfaitaire de 40 € pour frais de recouvrement.",
      "b2b",
    ],
    [
      "Les produits sont garantis un an ; tout retour est soumis à notre accord. Une indemnité forfaitaire de 40 € est due en cas de retard de paiement.",
      "b2b",
    ],
    [
      "Le client professionnel règle en espèces ou par chèque ; prix toutes taxes comprises ; indemnité forfaitaire de 40 € en cas de retard.",
      "b2b",
    ],
    [
      "Les prix sont indiqués toutes taxes comprises. Pénalités de retard : taux de la BCE majoré de 10 points. Nous formons vos salariés sur site.",
      "b2b",
    ],
    [
      "Les séances de formation sont facturées au prix indiqué toutes taxes comprises. Pénalités de retard : taux de la BCE majoré de 10 points.",
      "b2b",
    ],
  ]);
});

describe("a client defined as either kind: terms for both", () => {
  each([
    ["## Définitions\n\n- **Client** : toute personne physique ou morale, particulier ou professionnel, qui passe commande.", "mixed"],
    ["Le terme « Client » désigne indifféremment un consommateur ou un professionnel.", "mixed"],
    [
      "Le Client, toute personne physique ou morale, particulier ou professionnel, accepte les présentes. Nos services sont strictement réservés aux professionnels et aux créateurs d'entreprise.",
      "mixed",
    ],
    ["**Client** : toute personne morale ou physique agissant pour son activité.", undefined],
    ["Client : toute personne physique ou morale, professionnelle ou non, qui commande sur le site.", "mixed"],
    ["Le Client, agissant ou non à des fins professionnelles, choisit sa formule d'abonnement.", "mixed"],
    ["Le Client déclare agir à des fins professionnelles ou non professionnelles selon sa situation.", "mixed"],
  ]);
});

describe("consumer-looking words alone tell nothing", () => {
  each([
    ["Garantie : les pièces sont garanties un an. Livraison sous dix jours ouvrés. Retour possible après accord.", undefined],
    ["Toute commande est ferme dès réception de l'acompte ; la livraison est faite franco de port.", undefined],
    ["Les tarifs sont indiqués toutes taxes comprises.", undefined],
    ["Le paiement se fait par chèque ou en espèces à la remise des clés.", undefined],
  ]);
});

describe("more of the client's firm or household", () => {
  each([
    ["Nous créons votre boutique en ligne et formons vos équipes à sa gestion.", "b2b"],
    ["Le logiciel gère l'agenda de vos patients et la facturation de votre cabinet.", "b2b"],
    ["Nos affiches mettent en valeur les services de votre entreprise auprès de vos prospects.", "b2b"],
    ["Le traiteur sert vos invités à l'heure fixée avec vous ; le menu enfant est offert.", "b2c"],
    ["Nous aidons votre foyer à réduire sa facture d'énergie.", "b2c"],
    ["Notre boutique est ouverte du mardi au samedi ; notre équipe vous accueille.", undefined],
    // The seller calling itself « votre … » in its own advertising.
    ["Thés Dupont, votre boutique en ligne de thés rares, expédie sous 48 heures.", undefined],
    ["Propre & Net, votre entreprise de nettoyage à Lyon, intervient sur devis.", undefined],
    ["La Grange, votre maison d'hôtes en Ardèche, accueille jusqu'à douze personnes.", undefined],
    ["Martin Avocats, votre cabinet de proximité, reçoit sur rendez-vous.", undefined],
  ]);
});

describe("the ways households pay for services at home or leisure", () => {
  each([
    ["Nos prestations de ménage relèvent des services à la personne et ouvrent droit au crédit d'impôt de 50 %.", "b2c"],
    ["Le règlement peut se faire par CESU préfinancé ou par virement.", "b2c"],
    ["Les chèques-vacances ANCV sont acceptés pour le règlement des stages.", "b2c"],
    [
      "Nos jardiniers entretiennent les espaces verts ; les prestations ouvrent droit à la réduction d'impôt des services à la personne. Pénalités de retard : taux de la BCE majoré de 10 points.",
      "mixed",
    ],
    ["Le crédit d'impôt recherche est pris en compte dans le chiffrage de la mission.", undefined],
  ]);
});

describe("where the service is performed: the client's home or its premises", () => {
  each([
    ["Le technicien se déplace chez vous pour installer la borne de recharge.", "b2c"],
    ["Le coiffeur se rend à votre domicile le jour convenu.", "b2c"],
    ["L'audit est mené dans vos locaux, en présence de votre responsable informatique.", "b2b"],
    ["La formation se déroule dans les locaux du client, sur ses postes de travail.", "b2b"],
    ["Les ateliers ont lieu dans nos locaux, au 3 rue des Lilas.", undefined],
  ]);
});

describe("a consumer right extended to small firms is not a consumer's (C. conso. L221-3)", () => {
  each([
    [
      "Le Client professionnel employant cinq salariés au plus, qui contracte hors du champ de son activité principale, bénéficie du droit de rétractation prévu par l'article L221-3 du Code de la consommation.",
      "b2b",
    ],
    [
      "Seules les entreprises de cinq salariés au plus, pour un contrat hors établissement étranger à leur activité principale, peuvent se rétracter dans les quatorze jours. Les factures sont payables à 30 jours.",
      "b2b",
    ],
    ["Vous disposez d'un délai de rétractation de quatorze jours ; nos salariés vous rappellent sous 48 heures.", "b2c"],
  ]);
});

describe("mechanisms only one kind of client has: reverse-charge VAT, public buyers; consumer dispute and call-blocking services", () => {
  each([
    ["La TVA est due par le preneur selon le régime de l'autoliquidation (article 283-2 du CGI).", "b2b"],
    ["Les factures sont déposées sur Chorus Pro et réglées par mandat administratif.", "b2b"],
    ["Livraison intracommunautaire exonérée de TVA, article 262 ter I du CGI.", "b2b"],
    ["Vous pouvez aussi recourir à la plateforme européenne de règlement en ligne des litiges.", "b2c"],
    ["Vous pouvez vous inscrire gratuitement sur la liste d'opposition au démarchage téléphonique Bloctel.", "b2c"],
    [
      "Vous pouvez vous inscrire sur Bloctel. Pour nos clients établis dans un autre État membre, la TVA est autoliquidée par le preneur.",
      "mixed",
    ],
  ]);
});

describe("fresh patterns (round T1, after the fresh batches): readings a lawyer makes", () => {
  each([
    // « non-professionnels » are on the consumer side (C. conso. liminaire), never professionals.
    ["Nos circuits s'adressent aux consommateurs ou non-professionnels au sens du Code de la consommation.", "b2c"],
    // Consumer law cited « lorsqu'il s'applique » hedges, it does not say consumers are clients.
    [
      "Conformément à l'article L215-1 du Code de la consommation lorsqu'il s'applique, le Client est informé de la reconduction par courriel. Les abonnements sont facturés HT.",
      "b2b",
    ],
    // A heading names a topic; its body says whether the right exists.
    [
      "## Article 5 — Droit de rétractation\n\nConformément à l'article L221-28 du Code de la consommation, ce droit ne s'applique pas aux services pleinement exécutés. Les abonnements sont facturés HT.",
      "b2b",
    ],
    // An exception after the right (« sauf si … ») does not deny it.
    ["L'utilisateur bénéficie d'un droit de rétractation de 14 jours, sauf si l'exécution a commencé avec son accord.", "b2c"],
    ["Le droit de rétractation ne s'applique pas, sauf accord contraire du vendeur.", undefined],
    // Prices with tax and cash, no trade cue: a household's terms.
    ["Les tarifs sont indiqués toutes taxes comprises. Règlement par chèque ou en espèces, sur place.", "b2c"],
    [
      "Les prix sont ceux du jour de la commande. Ils sont libellés en euros et calculés toutes taxes comprises. Paiement par chèque ou en espèces. Tout retard entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.",
      "mixed",
    ],
    ["En cas de doute, consultez votre médecin traitant avant la cure.", "b2c"],
    // A right waived is a right denied.
    ["L'accès immédiat au service vaut renonciation au droit de rétractation. Les tarifs HT s'entendent par utilisateur.", "b2b"],
    // A cap computed on the price before tax is no price quoted before tax.
    [
      "Vous disposez d'un droit de rétractation de 14 jours. Notre responsabilité est limitée à trois fois le prix total hors taxes du séjour.",
      "b2c",
    ],
    // A withdrawal right a text grants to small firms (C. conso. L221-3) is the right its other mentions speak of.
    [
      "Un droit de rétractation de deux mois s'applique à l'abonnement. Seuls les Clients employant cinq salariés au plus bénéficient du droit de rétractation de quatorze jours. Une indemnité forfaitaire de 40 € est due en cas de retard.",
      "b2b",
    ],
  ]);
});

describe("the client's declaration of what it is", () => {
  each([
    ["Le Client déclare ne pas être un consommateur au sens du Code de la consommation.", "b2b"],
    ["Le Client reconnaît avoir la qualité de professionnel et dispose d'un numéro de TVA.", "b2b"],
    ["En acceptant les présentes, l'Acheteur déclare être un professionnel.", "b2b"],
    ["L'Acheteur déclare agir en tant que particulier.", "b2c"],
    ["Le Client communique son numéro de TVA intracommunautaire lors de la commande.", "b2b"],
    ["Le Vendeur indique son numéro de TVA intracommunautaire sur chaque facture.", undefined],
    ["Le Prestataire déclare avoir la qualité de professionnel de l'immobilier.", undefined],
  ]);
});

describe("a consumer right named as a label whose value denies it", () => {
  each([
    ["**Droit de rétractation :**\n\nNon applicable aux commandes faites sur mesure.", undefined],
    ["Droit de rétractation : sans objet pour les prestations de conseil.", undefined],
    ["**Délai de rétractation** — Non prévu, les articles étant fabriqués à la demande.", undefined],
    ["**Droit de rétractation :**\n\nVous disposez de 14 jours à compter de la livraison.", "b2c"],
  ]);
});

describe("both kinds of client named by the trade: terms for both", () => {
  each([
    ["Nous nettoyons votre maison comme les bureaux de votre entreprise, à la fréquence de votre choix.", "mixed"],
  ]);
});
