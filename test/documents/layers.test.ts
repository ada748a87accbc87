// Layers, one way: model → legal → money → documents → lint | einvoice → render → cli (render writes
// Factur-X through einvoice; einvoice never renders). src/legal keeps dated legal data and pure legal
// functions; a document's currency is decided in one place.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));

const importsOf = (file: string) => [...readFileSync(join(ROOT, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]!);

describe("layers", () => {
  it("no module under src/legal imports from another src/ folder", () => {
    const outside = sources("src/legal").flatMap((file) => importsOf(file).filter((spec) => spec.startsWith("../")).map((spec) => `${file}: ${spec}`));
    expect(outside).toEqual([]);
  });

  it("src/money and src/legal import nothing from the documents stage, lint, render or the CLI", () => {
    const upward = ["src/legal", "src/money"].flatMap((dir) =>
      sources(dir).flatMap((file) => importsOf(file).filter((spec) => /\.\.\/(documents|lint|render|cli)\//.test(spec)).map((spec) => `${file}: ${spec}`)),
    );
    expect(upward).toEqual([]);
  });

  it("src/documents imports nothing from lint, einvoice, render or the CLI: the batch planner takes the lint run as a callback", () => {
    const upward = sources("src/documents").flatMap((file) => importsOf(file).filter((spec) => /\.\.\/(lint|einvoice|render|cli)\//.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(upward).toEqual([]);
  });

  it("src/einvoice imports nothing from lint, render or the CLI; render may import einvoice (Factur-X), never the reverse", () => {
    const upward = sources("src/einvoice").flatMap((file) => importsOf(file).filter((spec) => /\.\.\/(\.\.\/)?(lint|render|cli)\//.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(upward).toEqual([]);
    expect(sources("src/render").some((file) => importsOf(file).some((spec) => spec.startsWith("../einvoice/")))).toBe(true);
  });

  it("src/api imports nothing from the CLI, serve or the queue: they sit above it and call it", () => {
    const upward = sources("src/api").flatMap((file) => importsOf(file).filter((spec) => /\.\.\/(\.\.\/)?(cli|serve|queue)\//.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(upward).toEqual([]);
  });

  it("the currency fallback is written once", () => {
    const places = sources("src").filter((file) => readFileSync(join(ROOT, file), "utf8").includes('?? "EUR"'));
    expect(places).toEqual(["src/money/currency.ts"]);
  });
});
