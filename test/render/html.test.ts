// HTML side of the generator: snapshots per document kind (fonts elided), escaping, Markdown
// without raw HTML, French spacing, CSS strings. No browser needed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { RenderRefusal } from "../../src/render/branding.js";
import { cssString, pageCss } from "../../src/render/css.js";
import { markdownToHtml } from "../../src/render/markdown.js";
import { outputBaseName, viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml, TEMPLATE_DIR } from "../../src/render/templates.js";
import { frenchSpacing } from "../../src/render/typography.js";
import { ROOT } from "../helpers/cli.js";

const workspace = new Workspace(ROOT);
function load(path: string): RenderableDocument {
  const doc = workspace.load(path);
  if (!doc || doc.kind === "seller" || doc.kind === "config") throw new Error(`${path}: ${JSON.stringify(workspace.allDiagnostics())}`);
  return doc;
}

function html(path: string): string {
  const view = viewOf(load(path));
  return renderHtml(view, { header: view.seller.name, headerRight: "en-tête", footer: "pied" });
}

/** The fonts (200 KB of base64) and the static stylesheet say nothing about the document itself. */
const printCss = readFileSync(new URL("print.css", TEMPLATE_DIR), "utf8");
const withoutFonts = (text: string) => text.replace(/base64,[A-Za-z0-9+/=]{200,}/g, "base64,…").replace(printCss, "/* templates/print.css */");

describe("HTML snapshots, one per document kind", () => {
  it.each([
    ["invoice", "fixtures/altairis/invoice-fa-2026-0042.yaml"],
    ["invoice-ttc", "fixtures/luxoges/invoice-lx-2026-0412.yaml"],
    ["quote", "fixtures/livenote/quote-dl-2020-0004.yaml"],
    ["refund", "fixtures/livenote/refund-rb-2020-0001.yaml"],
    ["credit-note", "fixtures/petillances/credit-note-fp-2026-0120.yaml"],
    ["terms", "terms/luxoges/cgt.yaml"],
  ])("%s (%s)", async (name, path) => {
    await expect(withoutFonts(html(path))).toMatchFileSnapshot(`./__snapshots__/${name}.html`);
  });
});

describe("file names", () => {
  it("uses the document number, or the terms id and effective date", () => {
    expect(outputBaseName(load("fixtures/altairis/invoice-fa-2026-0042.yaml"))).toBe("FA-2026-0042");
    expect(outputBaseName(load("terms/livenote/cgv.yaml"))).toBe("livenote-cgv-2022-09-01");
    expect(outputBaseName(load("terms/petillances/cg.yaml"))).toBe("petillances-cg");
  });
});

describe("what reaches the page", () => {
  it("templates print data escaped: no triple-stash, no {{& …}}", () => {
    const files = ["layout.hbs", "invoice.hbs", "quote.hbs", "refund.hbs", "credit-note.hbs", "terms.hbs", ...readdirSync(join(TEMPLATE_DIR.pathname, "partials")).map((f) => `partials/${f}`)];
    for (const f of files) {
      const text = readFileSync(new URL(f, TEMPLATE_DIR), "utf8");
      expect(text, f).not.toMatch(/\{\{\{|\{\{&/);
    }
  });

  it("Markdown keeps no raw HTML, no image and no unsafe link", () => {
    const out = markdownToHtml('Texte <script>alert(1)</script> <img src="file:///etc/passwd">\n\n![logo](http://example.com/x.png) [a](javascript:alert(1)) [b](https://ok.example)').toHTML();
    expect(out).not.toMatch(/<script|<img|javascript:|http:\/\/example/);
    expect(out).toContain('<a href="https://ok.example">b</a>');
    expect(out).toContain("logo");
  });

  it("a client's name is text, never markup", () => {
    const view = viewOf(load("fixtures/altairis/invoice-fa-2026-0042.yaml"));
    if (view.kind !== "invoice") throw new Error("invoice expected");
    view.client.name = '<img src="file:///etc/passwd"> & <b>';
    const out = renderHtml(view, { header: "x", headerRight: "y", footer: "z" });
    expect(out).toContain("&lt;img src&#x3D;&quot;file:///etc/passwd&quot;&gt; &amp; &lt;b&gt;");
    expect(out).not.toContain('<img src="file:');
  });

  it("French spacing: no-break spaces before ; : ! ? » and after «", () => {
    expect(frenchSpacing("Prix : 10 ; «bon» ! Vraiment ?")).toBe("Prix\u00A0: 10\u202F; «\u202Fbon\u202F»\u202F! Vraiment\u202F?");
    expect(frenchSpacing("https://example.fr/a?b=1")).toBe("https://example.fr/a?b=1");
  });

  it("CSS strings cannot end the string, the rule or the <style> element", () => {
    const s = cssString('x"; } </style><script>');
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    expect(s.slice(1, -1)).not.toMatch(/[";}<>\s]/);
    expect(pageCss({ header: "A </style>", headerRight: "B", footer: 'C"' })).not.toContain("</style>");
  });
});

describe("branding", () => {
  // A 1×1 PNG.
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

  function brandedWorkspace(branding: string, withLogo = true) {
    const dir = mkdtempSync(join(tmpdir(), "clausier-brand-"));
    mkdirSync(join(dir, "assets"));
    if (withLogo) writeFileSync(join(dir, "assets", "logo.png"), PNG);
    const seller = readFileSync(join(ROOT, "terms/altairis/seller.yaml"), "utf8");
    writeFileSync(join(dir, "seller.yaml"), `${seller}\nbranding:\n${branding}\n`);
    writeFileSync(join(dir, "cgv.yaml"), readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8"));
    return { dir, ws: new Workspace(dir) };
  }

  it("embeds the logo as a data: URL, sets the colours and the family, and keeps every mention", () => {
    const { dir, ws } = brandedWorkspace("  logo: assets/logo.png\n  primaryColor: \"#7a1f2b\"\n  accentColor: \"#2b7a1f\"\n  font: sans-serif");
    try {
      const doc = ws.load(join(dir, "cgv.yaml"));
      if (!doc || doc.kind !== "terms") throw new Error(JSON.stringify(ws.allDiagnostics()));
      const view = viewOf(doc);
      const out = renderHtml(view, { header: "x", headerRight: "y", footer: "z" });
      expect(out).toContain(`src="data:image/png;base64,${PNG.toString("base64").replace(/=/g, "&#x3D;")}"`);
      expect(out).toContain("--primary:#7a1f2b;--accent:#2b7a1f;");
      expect(out).toContain('--font-text:"Clausier Sans"');
      expect(out).toContain("SIREN : 488 020 108".replace(" :", "\u00A0:"));
      expect(out).toContain("39 Route du Châtelet");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a logo that is not there refuses the document with a French reason", () => {
    const { dir, ws } = brandedWorkspace("  logo: assets/logo.png", false);
    try {
      const doc = ws.load(join(dir, "cgv.yaml"));
      if (!doc || doc.kind !== "terms") throw new Error(JSON.stringify(ws.allDiagnostics()));
      expect(() => viewOf(doc)).toThrow(RenderRefusal);
      expect(() => viewOf(doc)).toThrow(/logo « assets\/logo.png » introuvable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("terms", () => {
  it("cite their facts formatted, never as {{…}}", () => {
    const out = html("terms/luxoges/cgt.yaml");
    expect(out).not.toMatch(/\{\{/);
    expect(out).toContain("coûte 29,90\u00A0€ TTC par mois");
    expect(out).toContain("indemnité forfaitaire de 40 euros");
  });

  it("an amount cited without its currency is printed with formatAmount", () => {
    const doc = load("terms/altairis/cgv.yaml");
    if (doc.kind !== "terms") throw new Error("terms expected");
    const view = viewOf({ ...doc, data: { ...doc.data, clauses: [{ id: "x", title: "X", body: "Indemnité : {{latePayment.recoveryIndemnity.amount}}." }] } });
    if (view.kind !== "terms") throw new Error("terms expected");
    expect(view.clauses[0]!.html.toHTML()).toContain("Indemnité\u00A0: 40,00\u00A0€.");
  });
});
