// Generates src/model/generated/*.ts from schemas/*.schema.json: the schemas are the one
// source of the document types. Run by `npm run build`.
import { compileFromFile } from "json-schema-to-typescript";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const schemaDir = new URL("../schemas/", import.meta.url).pathname;
const outDir = new URL("../src/model/generated/", import.meta.url).pathname;
await mkdir(outDir, { recursive: true });

const names = (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json") && f !== "common.schema.json");
for (const file of names) {
  const ts = await compileFromFile(join(schemaDir, file), {
    cwd: schemaDir,
    bannerComment: `/* Generated from schemas/${file} by scripts/gen-types.mjs. Do not edit. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    style: { singleQuote: false },
  });
  await writeFile(join(outDir, file.replace(".schema.json", ".ts")), ts);
}
console.log(`types generated for ${names.length} schemas`);
