// Issue #15, defect 6: a body full of unclosed links (`[a](b `) cost the Markdown parser a splice
// per failed link over the whole body (9 s to lint 265 KB, 1 GB for 0.9 MB of `[`). A body over
// MAX_MARKDOWN_DELIMITERS is refused by the loader where it starts, and read as plain text elsewhere.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseMarkdown, plainText } from "../../src/lint/markdown.js";
import { allRules } from "../../src/lint/rules/index.js";
import { MAX_MARKDOWN_DELIMITERS } from "../../src/model/markdown-budget.js";
import { Workspace } from "../../src/model/index.js";
import { markdownToHtml } from "../../src/render/markdown.js";
import { ROOT } from "../helpers/cli.js";
import { lintProse } from "./helpers.js";

const UNCLOSED = "[a](b ".repeat(44_000); // 264 KB, as reported

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-md-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("a terms clause over the Markdown budget", () => {
  it("is refused by the loader, at the start of its body", () => {
    writeFileSync(join(dir, "seller.yaml"), readFileSync(join(ROOT, "terms/altairis/seller.yaml")));
    const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8").replace(/^clauses:\n/m, `clauses:\n  - id: bulk\n    title: Bulk\n    body: ${JSON.stringify(UNCLOSED)}\n`);
    writeFileSync(join(dir, "cgv.yaml"), cgv);
    const line = cgv.split("\n").findIndex((l) => l.startsWith("    body: \"[a](b")) + 1;
    const ws = new Workspace(dir, undefined, undefined, "en");
    expect(ws.load(join(dir, "cgv.yaml"))).toBeUndefined();
    expect(ws.allDiagnostics()).toEqual([
      expect.objectContaining({
        code: "MARKDOWN_TOO_COMPLEX",
        line,
        column: 12,
        message: `clause bulk: too many Markdown delimiters (44000 "[" brackets or runs of "*", "_", "\`"; limit ${MAX_MARKDOWN_DELIMITERS}), the text cannot be formatted`,
      }),
    ]);
  });

  it("counts escaped delimiters as text, not against the budget", () => {
    writeFileSync(join(dir, "seller.yaml"), readFileSync(join(ROOT, "terms/altairis/seller.yaml")));
    const escaped = "\\[a](b ".repeat(5_000);
    const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8").replace(/^clauses:\n/m, `clauses:\n  - id: bulk\n    title: Bulk\n    body: ${JSON.stringify(escaped)}\n`);
    writeFileSync(join(dir, "cgv.yaml"), cgv);
    const ws = new Workspace(dir, undefined, undefined, "en");
    expect(ws.load(join(dir, "cgv.yaml"))).toBeDefined();
  });
});

describe("a prose clause over the budget", () => {
  it("is reported where it starts and linted as plain text", () => {
    const text = `# CGV\n\nArticle 1 : Objet\n\n${"[a](b ".repeat(10_000)}\n\nArticle 2 : Prix\n\nLes prix sont en euros.\n`;
    const found = lintProse(text, allRules, { locale: "en" });
    expect(found.filter((m) => /too many Markdown delimiters/.test(m.message))).toEqual([
      expect.objectContaining({ ruleId: "invalid-document", line: 4, column: 1, message: expect.stringMatching(/^"Objet": too many Markdown delimiters \(10000 /) }),
    ]);
  });
});

describe("the parsers keep every character of a body over the budget", () => {
  const body = "*a [b](c ".repeat(3_000) + "fin";

  it("lint: one text, the body itself", () => {
    expect(plainText(body).text).toBe(body);
    const tree = parseMarkdown(body);
    expect(tree.children).toMatchObject([{ type: "paragraph", children: [{ type: "text", value: body }] }]);
  });

  it("render: one escaped paragraph", () => {
    const html = markdownToHtml("<b>" + body).toHTML();
    expect(html.startsWith("<p>&#x3C;b>*a [b](c *a")).toBe(true);
    expect(html.endsWith("fin</p>")).toBe(true);
    expect(html.match(/\[b\]\(c/g)).toHaveLength(3_000);
  });

  it("a body within the budget is still Markdown", () => {
    expect(markdownToHtml("**gras** et [lien](https://example.org)").toHTML()).toBe('<p><strong>gras</strong> et <a href="https://example.org">lien</a></p>');
  });
});
