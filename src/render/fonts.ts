// The two bundled families: Source Serif 4 and Source Sans 3 (Adobe, SIL Open Font License 1.1,
// from the @fontsource packages). Latin and Latin Extended subsets cover French (œ, Ÿ, guillemets,
// U+202F) and the names of European clients. An HTML output embeds them as data: URLs, so that it
// is self-contained; the HTML printed to PDF names them by a fixed internal URL that the printer
// answers from memory (browser.ts), so that ~366 KB of fonts are not sent and parsed per document.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type FontChoice = "serif" | "sans-serif";

interface Face {
  family: "Clausier Serif" | "Clausier Sans";
  pkg: string;
  file: string;
  weight: string;
  style: "normal" | "italic";
}

const SUBSETS = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF",
} as const;

// 600 doubles as bold (b, strong, th): one heavy weight keeps the documents light and even.
const FACES: Face[] = [
  { family: "Clausier Serif", pkg: "@fontsource/source-serif-4", file: "source-serif-4", weight: "400", style: "normal" },
  { family: "Clausier Serif", pkg: "@fontsource/source-serif-4", file: "source-serif-4", weight: "400", style: "italic" },
  { family: "Clausier Serif", pkg: "@fontsource/source-serif-4", file: "source-serif-4", weight: "600", style: "normal" },
  { family: "Clausier Sans", pkg: "@fontsource/source-sans-3", file: "source-sans-3", weight: "400", style: "normal" },
  { family: "Clausier Sans", pkg: "@fontsource/source-sans-3", file: "source-sans-3", weight: "400", style: "italic" },
  { family: "Clausier Sans", pkg: "@fontsource/source-sans-3", file: "source-sans-3", weight: "600", style: "normal" },
];

/** Where the printed HTML finds the fonts: a reserved name (RFC 6761 .invalid), never resolved, only answered by the printer. */
export const FONT_ORIGIN = "https://fonts.clausier.invalid/";

/** "inline": data: URLs (a self-contained HTML file); "linked": FONT_ORIGIN URLs (HTML for the printer). */
export type FontEmbedding = "inline" | "linked";

interface FontFile {
  url: string;
  bytes: Buffer;
  rule: (src: string) => string;
}

let files: FontFile[] | undefined;

/** Every face of every subset, read once per process. */
function fontFiles(): FontFile[] {
  if (files) return files;
  files = [];
  for (const face of FACES) {
    for (const [subset, range] of Object.entries(SUBSETS)) {
      const name = `${face.file}-${subset}-${face.weight}-${face.style}.woff2`;
      // The 600 face also answers for 700, so <strong> never triggers a synthesised bold.
      const weight = face.weight === "600" ? "600 700" : face.weight;
      files.push({
        url: FONT_ORIGIN + name,
        bytes: readFileSync(require.resolve(`${face.pkg}/files/${name}`)),
        rule: (src) => `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${weight};font-display:block;src:url(${src}) format("woff2");unicode-range:${range}}`,
      });
    }
  }
  return files;
}

const cached = new Map<FontEmbedding, string>();

/** @font-face rules for both families (made once per process and embedding). */
export function fontFaceCss(embedding: FontEmbedding = "inline"): string {
  let css = cached.get(embedding);
  if (!css) {
    css = fontFiles()
      .map((f) => f.rule(embedding === "inline" ? `data:font/woff2;base64,${f.bytes.toString("base64")}` : f.url))
      .join("\n");
    cached.set(embedding, css);
  }
  return css;
}

let byUrl: ReadonlyMap<string, Buffer> | undefined;

/** The bytes of a bundled font named by its FONT_ORIGIN URL; undefined for any other URL. */
export function linkedFont(url: string): Buffer | undefined {
  byUrl ??= new Map(fontFiles().map((f) => [f.url, f.bytes]));
  return byUrl.get(url);
}

/** CSS custom properties selecting the families for a seller's choice (default: serif text, sans headings and tables). */
export function fontVariables(choice: FontChoice | undefined): string {
  // DejaVu (fonts-dejavu-core, installed by scripts/setup.sh) only for the rare glyph the bundled
  // subsets lack, such as → in a computation step; it is embedded in the PDF like the others.
  const serif = `"Clausier Serif", "DejaVu Serif", serif`;
  const sans = `"Clausier Sans", "DejaVu Sans", sans-serif`;
  const text = choice === "sans-serif" ? sans : serif;
  const ui = choice === "serif" ? serif : sans;
  return `--font-text:${text};--font-ui:${ui};`;
}
