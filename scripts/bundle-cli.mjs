// Bundles the compiled CLI (dist/cli/main.js) into dist/bundle/ with esbuild (issue #14): Node
// spends a third of a one-file lint resolving, reading and compiling ≈ 170 modules one by one.
// ES modules with code splitting, so what the CLI imports lazily (commands, rules, reporters,
// render) stays in chunks loaded when used. The library (dist/index.js, `exports`) is not bundled:
// it stays as tsc writes it. Packages stay external (node_modules, as installed), except the few
// in BUNDLED that every lint loads and that are many files (yaml: ≈ 80 CommonJS modules) or small;
// yargs stays external (it reads its message translations from its own folder), and so does
// remark (required on first use; bundling it measured no gain).
//
// Paths a module resolves from its own place:
//   - `new URL("../…", import.meta.url)`: a file of the package (schemas, templates, generated/,
//     docs/rules, the ICC profile, package.json). Rewritten here to the same file seen from
//     dist/bundle/, where the module's code now lies;
//   - `new URL("./lint-worker.js", import.meta.url)` (src/lint/parallel.ts) and
//     `new URL(`./rules/${file}.js`, import.meta.url)` (src/lint/rule-set.ts): modules, entry points
//     of the bundle at the same place beside the chunks (dist/bundle/lint-worker.js, rules/*.js).
// Any other use of import.meta.url fails the build, so that a new one is not silently broken.
// Run after tsc and scripts/gen-rule-index.mjs: `node scripts/bundle-cli.mjs`.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const outdir = join(dist, "bundle");

const PACKAGE_FILE = /new URL\((["'])(\.\.\/[^"'`]*)\1, import\.meta\.url\)/g;
const SIBLING_MODULE = /new URL\((?:"\.\/lint-worker\.js"|`\.\/rules\/\$\{file\}\.js`), import\.meta\.url\)/g;
// Node resolves packages from any file of the package: the place of a createRequire base does not matter.
const OTHER_USES = /createRequire\(import\.meta\.url\)|import\.meta\.url\.endsWith\("\.ts"\)/g;

const relocated = new Set();

/** Rewrites a module's paths to package files as seen from dist/bundle/; throws on an unknown use of import.meta.url. */
function relocate(file, text) {
  relocated.add(file);
  const rewritten = text.replace(PACKAGE_FILE, (_, quote, path) => {
    const target = resolve(dirname(file), path);
    const fromBundle = relative(outdir, target).split("\\").join("/") + (path.endsWith("/") ? "/" : "");
    return `new URL(${quote}${fromBundle}${quote}, import.meta.url)`;
  });
  const left = rewritten.replace(PACKAGE_FILE, "").replace(SIBLING_MODULE, "").replace(OTHER_USES, "");
  if (left.includes("import.meta.url")) throw new Error(`${relative(root, file)}: a use of import.meta.url the bundle does not know; see scripts/bundle-cli.mjs`);
  return rewritten;
}

const BUNDLED = new Set(["yaml", "picomatch", "ignore", "decimal.js"]);
const packageOf = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

const rules = JSON.parse(readFileSync(join(root, "generated/rules.json"), "utf8")).map((r) => r.file);
const entryPoints = {
  main: join(dist, "cli/main.js"),
  "lint-worker": join(dist, "lint/lint-worker.js"),
  ...Object.fromEntries(rules.map((file) => [`rules/${file}`, join(dist, "lint/rules", `${file}.js`)])),
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Bundled CommonJS packages require Node's built-in modules: `require` as in a CommonJS module.
  banner: { js: 'import { createRequire as __bundleCreateRequire } from "node:module"; const require = __bundleCreateRequire(import.meta.url);' },
  // Flat: the rewritten paths hold for code in dist/bundle/ itself.
  chunkNames: "[name]-[hash]",
  logLevel: "warning",
  metafile: true,
  plugins: [
    {
      name: "external-packages",
      setup(b) {
        // A bare specifier: a built-in or a package, external unless BUNDLED (their own imports are relative).
        b.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.has(packageOf(args.path)) ? undefined : { external: true }));
      },
    },
    {
      name: "rules-index-from-sources",
      setup(b) {
        // src/lint/rule-set.ts imports the index of all rules only when run from the TypeScript sources
        // (tests): the built CLI never does, so it is left out of the bundle rather than made a chunk.
        b.onResolve({ filter: /^\.\/rules\/index\.js$/ }, (args) => (args.importer.endsWith("/dist/lint/rule-set.js") ? { external: true } : undefined));
      },
    },
    {
      name: "relocate-package-paths",
      setup(b) {
        b.onLoad({ filter: /\.js$/ }, (args) => {
          if (!args.path.startsWith(dist)) return undefined;
          const text = readFileSync(args.path, "utf8");
          return { contents: text.includes("import.meta.url") ? relocate(args.path, text) : text, loader: "js", resolveDir: dirname(args.path) };
        });
      },
    },
  ],
});
const outputs = Object.entries(result.metafile.outputs).filter(([o]) => o.endsWith(".js"));
for (const [output, { inputs }] of outputs) {
  const misplaced = dirname(resolve(root, output)) !== outdir && Object.keys(inputs).some((i) => relocated.has(resolve(root, i)));
  if (misplaced) throw new Error(`${output}: holds a module that resolves package files from its place, outside ${relative(root, outdir)}/`);
}
// Which modules each file of the bundle holds (paths from the package root) and which files it
// imports statically (loaded with it): what test/cli/cold-start.test.ts checks a command loads, as it
// does module by module without the bundle.
const fromBundle = (output) => relative(outdir, resolve(root, output)).split("\\").join("/");
const modules = Object.fromEntries(
  outputs.map(([output, { inputs, imports }]) => [
    fromBundle(output),
    { modules: Object.keys(inputs).map((i) => relative(root, resolve(root, i))), imports: imports.filter((i) => i.kind === "import-statement" && !i.external).map((i) => fromBundle(i.path)) },
  ]),
);
writeFileSync(join(outdir, "modules.json"), JSON.stringify(modules));
console.log(`bundle: ${Object.keys(entryPoints).length} entry points, ${outputs.length} files in ${relative(root, outdir)}/`);
