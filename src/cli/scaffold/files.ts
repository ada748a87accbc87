// The files `clausier init` writes, as text: comments tell the user what each value is and which
// ones to fill. Every value the user must still give is « à compléter » (or omitted with a comment
// where the schema would refuse a placeholder), so that `clausier lint` reports exactly those.
import { frenchVatNumber, slugOf, TO_FILL, type ScaffoldAnswers } from "./answers.js";
import { cgvYaml } from "./cgv.js";

export interface ScaffoldFile {
  /** Relative to the target folder, with forward slashes. */
  path: string;
  content: string;
}

/** YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);

/** Forms registered at the RCS and whose documents must state the share capital (C. com. R123-237, R123-238). */
const COMPANY_FORMS = new Set(["SAS", "SASU", "SARL", "EURL", "SA", "SNC", "SCOP"]);

export function scaffoldFiles(answers: ScaffoldAnswers, today: string, version: string): ScaffoldFile[] {
  return [
    { path: "terms/seller.yaml", content: sellerYaml(answers) },
    { path: "terms/cgv.yaml", content: cgvYaml(answers, slugOf(answers.name), today) },
    { path: `invoices/${invoiceNumber(today).toLowerCase()}.yaml`, content: invoiceYaml(answers, today) },
    { path: "clausier.config.yaml", content: CONFIG_YAML },
    { path: ".vscode/settings.json", content: VSCODE_SETTINGS },
    { path: ".pre-commit-config.yaml", content: preCommitConfig(version) },
  ];
}

/** « 732 829 320 », as the SIREN is printed (the digits alone are read the same). */
const spaced = (siren: string) => `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;

const invoiceNumber = (today: string) => `FA-${today.slice(0, 4)}-0001`;

function sellerYaml(a: ScaffoldAnswers): string {
  const company = COMPANY_FORMS.has(a.legalForm);
  const individual = a.legalForm === "EI" || a.legalForm === "micro-entreprise";
  const lines = [
    "# Le vendeur : l'identité imprimée sur les conditions, devis et factures.",
    `# Remplacez chaque « ${TO_FILL} » par la valeur réelle : \`npx clausier lint terms invoices\` les signale tant qu'il en reste.`,
    "kind: seller",
    `id: ${slugOf(a.name)}`,
    `legalName: ${q(a.name)}`,
    `legalForm: ${q(a.legalForm)}`,
  ];
  if (individual) lines.push("# Le nom de l'entrepreneur, imprimé à côté de la mention « EI ».", `personName: ${q(a.name)}`);
  if (company) {
    lines.push(
      "# Capital social, obligatoire sur les documents d'une société : retirez le # et indiquez le montant,",
      '# par exemple shareCapital: { amount: "1000" } (ou shareCapital: variable).',
      `# shareCapital: { amount: "${TO_FILL}" }`,
    );
  }
  lines.push(
    "country: FR",
    "registeredOffice:",
    `  street: ${q(TO_FILL)}`,
    `  postalCode: ${q(TO_FILL)}`,
    `  city: ${q(a.city ?? TO_FILL)}`,
    "  country: FR",
    "# SIREN : 9 chiffres (espaces permis).",
    `siren: ${q(a.siren ? spaced(a.siren) : TO_FILL)}`,
  );
  if (company) {
    lines.push("# Registre du commerce et des sociétés : la ville du greffe, et le numéro (le SIREN).", "rcs:", `  city: ${q(TO_FILL)}`, `  number: ${q(a.siren ? spaced(a.siren) : TO_FILL)}`);
  }
  lines.push("vat:");
  if (a.vatRegime === "franchise") {
    lines.push("  # Franchise en base de TVA (art. 293 B du CGI) : aucune TVA facturée.", "  regime: franchise");
  } else {
    lines.push(
      "  regime: liable",
      "  # Numéro de TVA intracommunautaire (FR + clé + SIREN).",
      `  number: ${q(a.siren ? frenchVatNumber(a.siren) : "FRXXXXXXXXXXX")}`,
    );
  }
  lines.push(
    "# Le compte sur lequel vos clients paient : IBAN imprimé sur les factures (« Règlement par virement »).",
    "bankAccounts:",
    "  - id: principal",
    '    iban: "FR76 XXXX XXXX XXXX XXXX XXXX XXX"',
  );
  if (a.audience !== "b2b") {
    lines.push(
      "# Médiateur de la consommation : obligatoire dès que vous vendez à des consommateurs. Adhérez à un",
      "# médiateur référencé, puis retirez les # et indiquez son nom et son site.",
      "# mediator:",
      `#   name: ${TO_FILL}`,
      "#   website: https://…",
    );
  }
  return lines.join("\n") + "\n";
}

function invoiceYaml(a: ScaffoldAnswers, today: string): string {
  const consumer = a.audience === "b2c";
  const vat = a.vatRegime === "franchise" ? '{ category: exempt, reason: "TVA non applicable, art. 293 B du CGI" }' : '{ rate: "20" }';
  const client = consumer
    ? ["client:", "  type: consumer", "  name: Camille Martin"]
    : ["client:", "  type: business", "  name: Exemple Client", "  legalForm: SARL"];
  return [
    "# Un exemple de facture : copiez ce fichier pour chaque facture (numéros qui se suivent sans trou).",
    "kind: invoice",
    `number: ${invoiceNumber(today)}`,
    `issueDate: "${today}"`,
    `saleDate: "${today}"`,
    "terms: ../terms/cgv.yaml",
    ...client,
    "  address:",
    "    street: 1 rue de l'Exemple",
    '    postalCode: "75001"',
    "    city: Paris",
    "    country: FR",
    "operationCategory: services",
    "pricesInclude: HT",
    "lines:",
    "  - description: Prestation de conseil",
    '    quantity: "2"',
    "    unit: jour",
    '    unitPrice: "600.00"',
    `    vat: ${vat}`,
    "",
  ].join("\n");
}

const CONFIG_YAML = `# Configuration de Clausier : gravité des règles, dossiers ignorés… (npx clausier rules les liste).
# rules:
#   tacit-renewal-reminder: off
rules: {}
`;

// yaml.schemas of the YAML extension (Red Hat): each file of the scaffold gets its schema from the installed package.
const VSCODE_SETTINGS = `${JSON.stringify(
  {
    "yaml.schemas": {
      "./node_modules/clausier/schemas/seller.schema.json": ["terms/seller.yaml", "terms/*seller*.yaml"],
      "./node_modules/clausier/schemas/terms.schema.json": ["terms/cg*.yaml"],
      "./node_modules/clausier/schemas/invoice.schema.json": ["invoices/*.yaml"],
      "./node_modules/clausier/schemas/quote.schema.json": ["quotes/*.yaml"],
      "./node_modules/clausier/schemas/credit-note.schema.json": ["credit-notes/*.yaml"],
      "./node_modules/clausier/schemas/clausier.config.schema.json": ["clausier.config.yaml"],
    },
  },
  null,
  2,
)}
`;

// The hooks of .pre-commit-hooks.yaml, at the version that wrote the scaffold; they run the clausier
// of node_modules (npm install first).
const preCommitConfig = (version: string) => `repos:
  - repo: https://github.com/clausier/clausier
    rev: v${version}
    hooks:
      - id: clausier-validate
      - id: clausier-lint
`;
