// Issue #15, defect 16: a fact cited in a clause is text. It was substituted into the Markdown
// before parsing, so `<Conseil>` vanished as raw HTML and `[site](…)` became a live link; and
// `{{clauses.length}}` resolved through the array's prototype. (rehype writes "<" as &#x3C;.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lookupFact } from "../../src/model/facts.js";
import { Workspace, type LoadedTerms } from "../../src/model/index.js";
import { clauseHtml } from "../../src/render/fact-values.js";
import { viewOf } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const HOSTILE = "Altairis <Conseil> *SAS* [site](http://evil.example)";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-facts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Altairis's CGV with one more clause, and its seller with another legal name. */
function terms(clauseBody: string, legalName = "Altairis") {
  const seller = readFileSync(join(ROOT, "terms/altairis/seller.yaml"), "utf8").replace(/^legalName: .*$/m, `legalName: ${JSON.stringify(legalName)}`);
  writeFileSync(join(dir, "seller.yaml"), seller);
  const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8").replace(/^clauses:\n/m, `clauses:\n  - id: cited\n    title: Cited\n    body: ${JSON.stringify(clauseBody)}\n`);
  writeFileSync(join(dir, "cgv.yaml"), cgv);
  const ws = new Workspace(dir, undefined, undefined, "en");
  const doc = ws.load(join(dir, "cgv.yaml"));
  return { doc, diagnostics: ws.allDiagnostics() };
}

describe("a cited fact is inserted as text", () => {
  it.each([
    ["a paragraph", "Le vendeur est {{seller.legalName}}.", "<p>Le vendeur est Altairis &#x3C;Conseil> *SAS* [site](http://evil.example).</p>"],
    ["emphasis", "*Vendeur : {{seller.legalName}}*", "<p><em>Vendeur\u00a0: Altairis &#x3C;Conseil> *SAS* [site](http://evil.example)</em></p>"],
    ["a heading", "# {{seller.legalName}}", "<h4>Altairis &#x3C;Conseil> *SAS* [site](http://evil.example)</h4>"],
    ["link text", "[{{seller.legalName}}](https://altairis.example)", '<p><a href="https://altairis.example">Altairis &#x3C;Conseil> *SAS* [site](http://evil.example)</a></p>'],
    ["a code span", "`{{seller.legalName}}`", "<p><code>Altairis &#x3C;Conseil> *SAS* [site](http://evil.example)</code></p>"],
  ])("in %s", (_, body, expected) => {
    const facts = { seller: { legalName: HOSTILE } };
    expect(clauseHtml(body, facts, "EUR").toHTML()).toBe(expected);
  });

  it("in a rendered terms document: no <a>, no <em>, the angle brackets escaped", () => {
    const { doc, diagnostics } = terms("Le vendeur est {{seller.legalName}}.", HOSTILE);
    expect(diagnostics).toEqual([]);
    const view = viewOf(doc as LoadedTerms) as { clauses: { anchor: string; html: { toHTML(): string } }[] };
    const html = view.clauses.find((c) => c.anchor === "clause-cited")!.html.toHTML();
    expect(html).toContain("Altairis &#x3C;Conseil> *SAS* [site](http://evil.example)");
    expect(html).not.toMatch(/<a |<em>|evil\.example"/);
  });

  it("keeps formatting amounts, with the currency written after them or not", () => {
    const facts = { prices: { items: [{ price: "40" }] }, latePayment: { recoveryIndemnity: { amount: "40" } } };
    expect(clauseHtml("**{{latePayment.recoveryIndemnity.amount}}** et {{latePayment.recoveryIndemnity.amount}} euros", facts, "EUR").toHTML()).toBe(
      "<p><strong>40,00\u00a0€</strong> et 40 euros</p>",
    );
  });
});

describe("a fact path reaches the document's own data only", () => {
  it.each(["clauses.length", "seller.constructor", "seller.toString", "payment.__proto__", "clauses.0.constructor"])("{{%s}} is FACT_UNKNOWN", (ref) => {
    const { doc, diagnostics } = terms(`Voir {{${ref}}}.`);
    expect(doc).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: "FACT_UNKNOWN", message: `{{${ref}}} does not match any fact of this document` })]);
  });

  it("still finds list items and nested keys", () => {
    const data = { clauses: [{ id: "a" }], payment: { termDays: 30 } };
    expect(lookupFact(data, "clauses.0.id")).toEqual({ found: true, value: "a" });
    expect(lookupFact(data, "payment.termDays")).toEqual({ found: true, value: 30 });
    expect(lookupFact(data, "clauses.1.id")).toEqual({ found: false });
  });
});
