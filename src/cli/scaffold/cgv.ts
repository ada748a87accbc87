// The CGV of a new French seller: the clauses the linter expects for its audience (payment term,
// escompte, late penalties and the 40 € indemnity between professionals; withdrawal, legal
// guarantees and the consumer's court for consumers), stated both as facts and in the clauses so
// that facts-prose-mismatch has nothing to say. The mediator is not named here: the PDF prints
// seller.yaml's mediator where no clause mentions one. They name « le Vendeur », never the company: the
// facts to fill all live in seller.yaml.
import type { ScaffoldAnswers } from "./answers.js";

interface Clause {
  id: string;
  title: string;
  body: string;
}

export function cgvYaml(a: ScaffoldAnswers, sellerId: string, today: string): string {
  const professionals = a.audience !== "b2c";
  const consumers = a.audience !== "b2b";
  const facts = [
    "# Conditions générales de vente : les faits (délais, pénalités…) que Clausier vérifie et calcule,",
    "# puis les clauses imprimées. Adaptez les clauses à votre activité ; gardez faits et clauses d'accord.",
    "kind: cgv",
    `id: ${sellerId}-cgv`,
    "title: Conditions générales de vente",
    `effectiveDate: "${today}"`,
    "language: fr",
    `audience: ${a.audience}`,
    "governingLaw: FR",
    ...(a.audience === "b2b" ? ["jurisdiction:", "  type: seller-registered-office", "  exclusive: true"] : []),
    "seller: ./seller.yaml",
    "",
    "payment:",
    "  termDays: 30",
    "  termBasis: invoice-date",
    "  means: [transfer]",
    "  earlyPaymentDiscount:",
    "    kind: none",
    "",
    "prices:",
    // Under the franchise there is no VAT to include or exclude: no basis (vat-exempt-ttc-prices).
    ...(a.vatRegime === "franchise" ? [] : [`  taxBasis: ${a.audience === "b2c" ? "TTC" : "HT"}`]),
    "  currency: EUR",
    "  items: []",
    "",
    ...(professionals
      ? ["latePayment:", "  penalty:", "    kind: legal-rate-multiple", '    multiple: "3"', "  recoveryIndemnity:", '    amount: "40"', ""]
      : []),
    "consumer:",
    "  withdrawal:",
    ...(consumers ? ["    applies: true", "    days: 14"] : ["    applies: false", "    exception: Ventes réservées aux clients professionnels"]),
    "",
    "clauses:",
  ];
  return [...facts, ...clausesOf(a).flatMap(clauseYaml)].join("\n") + "\n";
}

function clauseYaml(c: Clause, index: number): string[] {
  const body = c.body.trim().split("\n").map((line) => (line ? `      ${line}` : ""));
  return [`  - id: ${c.id}`, `    number: "${index + 1}"`, `    title: ${c.title}`, "    body: |", ...body, ""];
}

function clausesOf(a: ScaffoldAnswers): Clause[] {
  const professionals = a.audience !== "b2c";
  const consumers = a.audience !== "b2b";
  const forPros = a.audience === "mixed" ? "Pour les clients professionnels, t" : "T";
  const clauses: Clause[] = [
    {
      id: "objet",
      title: "Objet et champ d'application",
      body: `
Les présentes conditions générales de vente régissent les prestations et ventes conclues entre le Vendeur et ses clients${a.audience === "b2b" ? " professionnels" : ""} (le « Client »). Elles prévalent sur tout autre document du Client, notamment ses conditions générales d'achat.`,
    },
    {
      id: "commandes",
      title: "Commandes",
      body: `
Toute commande fait l'objet d'un devis du Vendeur, accepté par écrit par le Client. Le contrat est conclu à la réception par le Vendeur du devis accepté.`,
    },
    {
      id: "prix",
      title: "Prix",
      body:
        a.vatRegime === "franchise"
          ? "\nLes prix sont indiqués en euros. TVA non applicable, art. 293 B du CGI."
          : a.audience === "b2c"
            ? "\nLes prix sont indiqués en euros toutes taxes comprises (TTC), au taux de TVA en vigueur."
            : "\nLes prix sont indiqués en euros hors taxes (HT) ; la TVA au taux en vigueur à la date de facturation s'y ajoute.",
    },
    {
      id: "paiement",
      title: "Modalités de paiement",
      body: `
Les factures sont payables par virement bancaire dans un délai de {{payment.termDays}} jours à compter de leur date d'émission. Aucun escompte n'est accordé en cas de paiement anticipé.`,
    },
  ];
  if (professionals) {
    clauses.push({
      id: "retard-de-paiement",
      title: "Retard de paiement",
      body: `
${forPros}oute somme non réglée à l'échéance porte de plein droit, sans mise en demeure préalable, des pénalités de retard égales à trois fois le taux d'intérêt légal. Elle entraîne en outre de plein droit${a.audience === "mixed" ? ", à l'égard de ces seuls clients professionnels," : ""} une indemnité forfaitaire pour frais de recouvrement de 40 euros, due dès le premier jour de retard.`,
    });
  }
  if (consumers) {
    clauses.push(
      {
        id: "retractation",
        title: "Droit de rétractation",
        body: `
Le Client consommateur dispose d'un délai de quatorze (14) jours pour exercer son droit de rétractation, sans avoir à motiver sa décision ni à supporter d'autres coûts que ceux prévus par la loi. Ce délai court à compter de la conclusion du contrat pour une prestation de services, et de la réception du bien pour une vente de biens.

Le Client exerce ce droit en adressant au Vendeur, avant l'expiration du délai, le formulaire type de rétractation ou toute autre déclaration dénuée d'ambiguïté exprimant sa volonté de se rétracter. Le Vendeur rembourse la totalité des sommes versées au plus tard quatorze (14) jours après avoir été informé de la décision du Client.`,
      },
      {
        id: "garanties-legales",
        title: "Garanties légales",
        body: `
Le Client consommateur bénéficie de la garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) pendant deux ans à compter de la délivrance du bien, et de la garantie contre les vices cachés de la chose vendue (articles 1641 à 1649 du Code civil). Il peut demander la mise en conformité du bien ou de la prestation, ou, à défaut, une réduction du prix ou la résolution du contrat.`,
      },
    );
  }
  clauses.push(
    {
      id: "donnees-personnelles",
      title: "Données personnelles",
      body: `
Le Vendeur traite les données personnelles du Client pour la gestion des commandes, la facturation et le suivi de la relation commerciale, conformément au règlement (UE) 2016/679 (RGPD). Le Client peut exercer ses droits d'accès, de rectification et d'effacement en écrivant au Vendeur.`,
    },
    {
      id: "loi-applicable-et-litiges",
      title: "Loi applicable et litiges",
      body: disputesClause(a),
    },
  );
  return clauses;
}

function disputesClause(a: ScaffoldAnswers): string {
  const law = "\nLes présentes conditions générales sont régies par le droit français.\n\n";
  if (a.audience === "b2b") return `${law}Tout litige relève de la compétence exclusive des juridictions du ressort du siège social du Vendeur.`;
  const consumer =
    "Le Client consommateur peut saisir, à son choix, la juridiction du lieu où il demeurait au moment de la conclusion du contrat ou de la survenance du fait dommageable, ou toute autre juridiction compétente.";
  if (a.audience === "b2c") return `${law}${consumer}`;
  return `${law}${consumer}\n\nEntre professionnels, tout litige relève de la compétence des juridictions du ressort du siège social du Vendeur.`;
}
