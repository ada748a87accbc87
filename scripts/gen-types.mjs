// Generates src/model/generated/*.ts from schemas/*.schema.json: the schemas are the one
// source of the document types. Run by `npm run build`.
import { compileFromFile } from "json-schema-to-typescript";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const schemaDir = new URL("../schemas/", import.meta.url).pathname;
const outDir = new URL("../src/model/generated/", import.meta.url).pathname;
await mkdir(outDir, { recursive: true });

// A schema's `title` is for its users (French, shown by editors); the type names stay these.
// Every other title is left out of the generation, so that a reworded title never renames a type.
const TYPE_NAMES = {
  "clausier.config.schema.json": { "": "Clausier configuration" },
  "common.schema.json": {
    "": "Common definitions",
    "/$defs/decimal": "Decimal",
    "/$defs/amount": "Amount",
    "/$defs/percent": "Percent",
    "/$defs/date": "Date",
    "/$defs/country": "Country",
    "/$defs/currency": "Currency",
    "/$defs/slug": "Identifier",
    "/$defs/fileRef": "File reference",
    "/$defs/address": "Postal address",
    "/$defs/vatTreatment": "VAT treatment of a line",
    "/$defs/party": "Client",
    "/$defs/line": "Document line",
    "/$defs/allowanceCharge": "Document-level allowance (remise) or charge (frais)",
    "/$defs/payment": "Payment received",
  },
  "credit-note.schema.json": { "": "Credit note" },
  "invoice.schema.json": { "": "Invoice" },
  "legal-data.schema.json": { "": "Clausier user-supplied legal data" },
  "quote.schema.json": { "": "Quote" },
  "refund.schema.json": { "": "Refund statement" },
  "seller.schema.json": { "": "Seller" },
  "suppressions.schema.json": { "": "Clausier suppressions" },
  "terms.schema.json": {
    "": "Terms",
    "/$defs/jurisdiction": "Jurisdiction",
    "/$defs/payment": "Payment conditions",
    "/$defs/latePayment": "Late payment",
    "/$defs/penalty": "Late-payment penalty rate",
    "/$defs/recoveryIndemnity": "Recovery indemnity",
    "/$defs/prices": "Price list",
    "/$defs/deposit": "Deposit (acompte)",
    "/$defs/billing": "Billing rules",
    "/$defs/refundPolicy": "Refund or cancellation policy",
    "/$defs/clause": "Clause",
  },
};
/** Keywords whose values are data or names, not schemas. */
const DATA = new Set(["enum", "const", "examples", "default", "required"]);
const NAMED = new Set(["properties", "$defs", "patternProperties"]);

function retitle(node, pointer, names) {
  if (Array.isArray(node)) return node.map((n, i) => retitle(n, `${pointer}/${i}`, names));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // Titles are renamed below; examples are for editors and messages, not for the types' comments.
    if ((key === "title" && typeof value === "string") || key === "examples") continue;
    if (DATA.has(key)) out[key] = value;
    else if (NAMED.has(key)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retitle(v, `${pointer}/${key}/${k}`, names)]));
    else out[key] = retitle(value, `${pointer}/${key}`, names);
  }
  if (names[pointer]) out.title = names[pointer];
  return out;
}

// The entry point (clausier.schema.json) only dispatches to the others: no type of its own.
const all = (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json"));
const work = await mkdtemp(join(tmpdir(), "clausier-gen-types-"));
for (const file of all) {
  const schema = JSON.parse(await readFile(join(schemaDir, file), "utf8"));
  await writeFile(join(work, file), JSON.stringify(file === "lint-report.schema.json" ? schema : retitle(schema, "", TYPE_NAMES[file] ?? {})));
}
const names = all.filter((f) => f !== "common.schema.json" && f !== "clausier.schema.json");
for (const file of names) {
  const ts = await compileFromFile(join(work, file), {
    cwd: work,
    bannerComment: `/* Generated from schemas/${file} by scripts/gen-types.mjs. Do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    style: { singleQuote: false },
  });
  await writeFile(join(outDir, file.replace(".schema.json", ".ts")), ts);
}
await rm(work, { recursive: true, force: true });
console.log(`types generated for ${names.length} schemas`);
