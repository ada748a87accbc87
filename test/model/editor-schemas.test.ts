import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { discoverFiles, Workspace } from "../../src/model/index.js";
import { ROOT } from "../helpers/cli.js";

// The editor side of the schemas (issue #13): yaml-language-server, as VS Code runs it, with the one
// entry point schemas/clausier.schema.json, must flag what `clausier validate` flags, where it does.
const require = createRequire(import.meta.url);
const { getLanguageService } = require("yaml-language-server/lib/umd/languageservice/yamlLanguageService.js");
const { TextDocument } = require("vscode-languageserver-textdocument");

type Position = { line: number; character: number };
interface LanguageService {
  configure(settings: object): void;
  doValidation(doc: unknown, isKubernetes: boolean): Promise<{ range: { start: Position }; message: string }[]>;
  doHover(doc: unknown, position: Position): Promise<{ contents: { value: string } | string } | null>;
}

function languageService(schemaPath: string | undefined): LanguageService {
  const ls: LanguageService = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), "utf8"),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  const schemas = schemaPath ? [{ uri: pathToFileURL(schemaPath).href, fileMatch: ["*.yaml", "*.yml"] }] : [];
  ls.configure({ validate: true, hover: true, completion: true, schemas });
  return ls;
}

const entryPoint = languageService(join(ROOT, "schemas/clausier.schema.json"));

/** The fixtures carry a modeline to one schema: blanked (line numbers kept) so that the entry point is used. */
function document(path: string, text = readFileSync(path, "utf8")) {
  return TextDocument.create(pathToFileURL(path).href, "yaml", 1, text.replace(/^# yaml-language-server:.*$/m, "#"));
}

async function editorErrors(path: string): Promise<string[]> {
  const found = await entryPoint.doValidation(document(path), false);
  return found.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
}

function validateErrors(path: string): string[] {
  const ws = new Workspace(ROOT, undefined, undefined, "fr");
  ws.load(path);
  return ws
    .allDiagnostics()
    .filter((d) => d.code.startsWith("SCHEMA_") && join(ROOT, d.file) === path)
    .map((d) => `${d.line}:${d.column}`)
    .sort();
}

describe("yaml-language-server with schemas/clausier.schema.json", () => {
  const valid = discoverFiles(["fixtures", "terms"], ROOT, { extensions: [".yaml", ".yml"], exclude: [join(ROOT, "fixtures/invalid")], locale: "en" });

  it("has a sample of every kind", () => expect(valid.length).toBeGreaterThanOrEqual(20));

  it("finds no error in the valid fixtures and terms", async () => {
    const withErrors: string[] = [];
    for (const file of valid) {
      const errors = await editorErrors(file);
      if (errors.length) withErrors.push(`${file}: ${errors.join(", ")}`);
    }
    expect(withErrors).toEqual([]);
  }, 120_000);

  it.each(["wrong-types.yaml", "missing-required.yaml", "unknown-key.yaml"])("flags fixtures/invalid/%s where clausier validate does", async (name) => {
    const path = join(ROOT, "fixtures/invalid", name);
    const expected = validateErrors(path);
    expect(expected.length).toBeGreaterThan(0);
    expect(await editorErrors(path)).toEqual(expected);
  });

  it("picks the schema by kind: an invoice key in a seller file is flagged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-editor-"));
    try {
      const path = join(dir, "seller.yaml");
      const errors = await entryPoint.doValidation(document(path, "kind: seller\nid: acme\nlegalName: ACME\ncountry: FR\nvat: { regime: liable }\nlines: []\n"), false);
      expect(errors.map((e) => e.range.start.line + 1)).toEqual([6]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("completes the allowed values", async () => {
    const ls = entryPoint as LanguageService & { doComplete(doc: unknown, position: Position, isKubernetes: boolean): Promise<{ items: { label: string }[] }> };
    const list = await ls.doComplete(document(join(ROOT, "seller.yaml"), "kind: seller\nlegalForm: \n"), { line: 1, character: 11 }, false);
    expect(list.items.map((i) => i.label)).toEqual(expect.arrayContaining(["SAS", "SARL", "EI"]));
  });

  it("hovers in French", async () => {
    const doc = document(join(ROOT, "fixtures/invalid/missing-required.yaml"));
    const hover = await entryPoint.doHover(doc, { line: 5, character: 3 }); // operationCategory
    const text = typeof hover?.contents === "string" ? hover.contents : hover?.contents.value;
    expect(text).toMatch(/Nature des opérations/);
    expect(text).toMatch(/prestations de services/);
  });
});

describe("the schemas from an installed package", () => {
  it("name each other by relative $refs only, with no $id to resolve them against", () => {
    const files = readdirSync(join(ROOT, "schemas")).filter((f) => f.endsWith(".schema.json") && f !== "lint-report.schema.json");
    for (const file of files) {
      const text = readFileSync(join(ROOT, "schemas", file), "utf8");
      expect(JSON.parse(text).$id, file).toBeUndefined();
      for (const [, ref] of text.matchAll(/"\$ref": "([^"]*)"/g)) expect(ref, file).toMatch(/^(#|[a-z.-]+\.schema\.json(#|$))/);
    }
  });

  const dir = mkdtempSync(join(tmpdir(), "clausier-installed-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("work through the modeline ./node_modules/clausier/schemas/clausier.schema.json", async () => {
    mkdirSync(join(dir, "node_modules/clausier"), { recursive: true });
    cpSync(join(ROOT, "schemas"), join(dir, "node_modules/clausier/schemas"), { recursive: true });
    const path = join(dir, "facture.yaml");
    const text = "# yaml-language-server: $schema=./node_modules/clausier/schemas/clausier.schema.json\nkind: invoice\nnumber: FA-1\nissueDate: 2026-03-02\nterms: cgv.yaml\noperationCategory: services\nclient: { name: X, type: business, address: { street: 1 rue X } }\nlines:\n  - { description: Conseil, quantity: 1, unitPrice: 100, vat: { rate: 20 } }\ncolour: blue\n";
    writeFileSync(path, text);
    const errors = await languageService(undefined).doValidation(TextDocument.create(pathToFileURL(path).href, "yaml", 1, text), false);
    expect(errors.map((e) => `${e.range.start.line + 1}: ${e.message}`)).toEqual(["10: Property colour is not allowed."]);
  });
});
