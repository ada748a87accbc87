import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import type { Locale } from "../../src/model/locale.js";
import { fitsSchema, schemaOf, type SchemaKind } from "../../src/model/schemas.js";
import { ROOT } from "../helpers/cli.js";

// Schema messages that show the way (issue #13): the shape expected and a one-line YAML example.
const dir = mkdtempSync(join(tmpdir(), "clausier-schema-hints-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diagnostics(name: string, text: string, locale: Locale = "fr") {
  const path = join(dir, name);
  writeFileSync(path, text);
  const ws = new Workspace(dir, undefined, undefined, locale);
  ws.load(path);
  return ws.allDiagnostics();
}

function at(list: ReturnType<typeof diagnostics>, line: number) {
  const found = list.find((d) => d.line === line);
  expect(found, JSON.stringify(list, null, 2)).toBeDefined();
  return found!;
}

const seller = `kind: seller
id: acme
legalName: ACME
country: FR
shareCapital: "10000"
registeredOffice: 12 rue de la Paix
legalForm: SASS
`;

const invoice = `kind: invoice
number: FA-1
issueDate: 2026-03-02
terms: ${JSON.stringify(join(ROOT, "terms/altairis/cgv.yaml"))}
operationCategory: services
client:
  name: Client
  type: business
  address: 1 rue X
lines:
  - description: Conseil
    quantity: 1
    unitPrice: 100
    vat: "20"
`;

describe("the issue's cases", () => {
  it("lines[0].vat given \"20\": the object form { rate: \"20\" }, no English schema title", () => {
    const d = at(diagnostics("invoice.yaml", invoice), 14);
    expect(d.message).toBe('lines[0].vat doit être un objet avec rate ou un objet avec category, reason (trouvé "20")');
    expect(d.hint).toBe('écrivez par exemple : vat: { rate: "20" }');
  });

  it("shareCapital given \"10000\": { amount: \"10000\" }, not « l'une des valeurs : variable »", () => {
    const d = at(diagnostics("seller.yaml", seller), 5);
    expect(d.message).not.toMatch(/l'une des valeurs : variable/);
    expect(d.hint).toBe('écrivez par exemple : shareCapital: { amount: "10000" }');
  });

  it("a JSON file gets its examples in JSON: \"vat\": { \"rate\": \"20\" }, \"address\": { \"street\": … }", () => {
    const json = JSON.stringify(
      { kind: "invoice", number: "FA-1", issueDate: "2026-03-02", terms: join(ROOT, "terms/altairis/cgv.yaml"), operationCategory: "services", client: { name: "Client", type: "business", address: "1 rue X" }, lines: [{ description: "Conseil", quantity: 1, unitPrice: 100, vat: "20" }] },
      null,
      2,
    );
    const found = diagnostics("invoice.json", json);
    const vat = found.find((d) => d.message.startsWith("lines[0].vat"));
    expect(vat?.hint).toBe('écrivez par exemple : "vat": { "rate": "20" }');
    const address = found.find((d) => d.message.startsWith("client.address"));
    expect(address?.hint).toMatch(/ — exemple : "address": \{ "street": ".+", "postalCode": "\d{5}", "city": ".+", "country": "FR" \}$/);
  });

  it("an address given as a string names the keys expected, with an example", () => {
    const d = at(diagnostics("invoice.yaml", invoice), 9);
    expect(d.hint).toMatch(/^attendu : un objet avec les clés street \(obligatoire\), postalCode, city, country — exemple : address: \{ street: .+, postalCode: "\d{5}", city: .+, country: FR \}$/);
  });

  it("a missing vat lists its allowed values and shows an example", () => {
    const d = diagnostics("seller.yaml", seller).find((x) => x.code === "SCHEMA_REQUIRED")!;
    expect(d.hint).toMatch(/ajoutez la clé « vat » .*liable \| franchise \| not-subject.*exemple : vat: \{ regime: liable/);
  });

  it("an enum typo gets the allowed values and the nearest one", () => {
    const d = at(diagnostics("seller.yaml", seller), 7);
    expect(d.message).toMatch(/legalForm doit être l'une des valeurs : SA, SAS, /);
    expect(d.hint).toBe("vouliez-vous dire « SAS » ?");
  });

  it("reads in English with --locale en", () => {
    const d = at(diagnostics("invoice.yaml", invoice, "en"), 9);
    expect(d.hint).toMatch(/^expected: an object with the keys street \(required\), postalCode, city, country — e\.g\. address: \{/);
  });
});

describe("other shapes", () => {
  const terms = `kind: cgv
id: t
title: T
language: fr
audience: b2b
seller: ${JSON.stringify(join(ROOT, "terms/altairis/seller.yaml"))}
jurisdiction: Tribunal de commerce de Bordeaux
payment:
  termDays: 30
  termBasis: invoice-date
  earlyPaymentDiscount: none
latePayment:
  penalty:
    kind: legal-rate-multiplier
    multiple: 3
clauses:
  - id: objet
    title: Objet
    body: Texte.
`;
  const found = diagnostics("cgv.yaml", terms);

  it("a tagged alternative names its tag's values", () => {
    expect(at(found, 7).message).toBe('jurisdiction doit être un objet avec type : named-court | courts-of-city | seller-registered-office (trouvé "Tribunal de commerce de Bordeaux")');
    expect(at(found, 7).hint).toBe("exemple : jurisdiction: { type: courts-of-city, city: Bordeaux, country: FR }");
  });

  it("a bare tag value is wrapped in its object", () => {
    expect(at(found, 11).hint).toBe("écrivez par exemple : earlyPaymentDiscount: { kind: none }");
  });

  it("an unknown tag gets the nearest of every branch's values", () => {
    expect(at(found, 14).message).toMatch(/l'une des valeurs : legal-rate-multiple, ecb-plus, fixed/);
    expect(at(found, 14).hint).toBe("vouliez-vous dire « legal-rate-multiple » ?");
  });
});

describe("every schema error of fixtures/invalid", () => {
  const files = readdirSync(join(ROOT, "fixtures/invalid"));
  const schemaErrors = files.flatMap((file) => {
    const ws = new Workspace(ROOT, undefined, undefined, "fr");
    ws.load(join(ROOT, "fixtures/invalid", file));
    return ws.allDiagnostics().filter((d) => d.code.startsWith("SCHEMA_"));
  });

  it("finds some", () => expect(schemaErrors.length).toBeGreaterThanOrEqual(6));

  it.each(schemaErrors.map((d) => [`${d.file}:${d.line} ${d.message}`, d.hint]))("%s shows an example", (_, hint) => {
    expect(hint).toMatch(/exemple : \S/);
  });
});

describe("the schemas' examples", () => {
  const kinds: SchemaKind[] = ["seller", "terms", "invoice", "quote", "refund", "credit-note", "config", "suppressions", "legal-data"];
  const examples: [string, object, unknown][] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "examples") for (const example of value as unknown[]) examples.push([where, node, example]);
      else if (!["enum", "const", "default", "required"].includes(key)) walk(value, `${where}/${key}`);
    }
  };
  for (const kind of kinds) walk(schemaOf(kind), kind);

  it("are many", () => expect(examples.length).toBeGreaterThan(200));

  it("are each valid for the schema they illustrate", () => {
    const invalid = examples.filter(([, schema, example]) => !fitsSchema(schema, example)).map(([where, , example]) => `${where}: ${JSON.stringify(example)}`);
    expect(invalid).toEqual([]);
  });
});
