// The preview page: one HTML document, its stylesheet and its script, all served by the service
// (no framework, nothing from elsewhere), under a Content-Security-Policy that allows only them.
// Kept as strings in a module so that the build ships them with the code. The words are the
// service's catalogue in the page's language, given to the script as JSON data (not code).
import type { Locale } from "../../model/index.js";
import { serveMessage, type ServeMessageId } from "../messages.js";
import type { ProblemDetails } from "../problems.js";

/** The page and its assets: only this origin's script, style, fetches and frames; no inline code. */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A rendered document in the page's frame: its own inline styles, fonts and logo as data: URLs and
 * nothing else (as the printer allows it: no network), no script, sandboxed.
 */
export const RENDER_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

const WORDS = {
  title: "PREVIEW_PAGE_TITLE",
  documents: "PREVIEW_DOCUMENTS",
  findings: "PREVIEW_FINDINGS",
  pick: "PREVIEW_PICK",
  noFindings: "PREVIEW_NO_FINDINGS",
  loadErrors: "PREVIEW_LOAD_ERRORS",
  notPrinted: "PREVIEW_NOT_PRINTED",
  failed: "PREVIEW_FAILED",
  watching: "PREVIEW_WATCHING",
  connecting: "PREVIEW_CONNECTING",
  disconnected: "PREVIEW_DISCONNECTED",
  basis: "PREVIEW_BASIS",
  error: "PREVIEW_SEVERITY_ERROR",
  warning: "PREVIEW_SEVERITY_WARNING",
  info: "PREVIEW_SEVERITY_INFO",
  "kind-terms": "PREVIEW_KIND_TERMS",
  "kind-invoice": "PREVIEW_KIND_INVOICE",
  "kind-quote": "PREVIEW_KIND_QUOTE",
  "kind-refund": "PREVIEW_KIND_REFUND",
  "kind-credit-note": "PREVIEW_KIND_CREDIT_NOTE",
  "kind-seller": "PREVIEW_KIND_SELLER",
  "kind-prose": "PREVIEW_KIND_PROSE",
  "kind-invalid": "PREVIEW_KIND_INVALID",
} satisfies Record<string, ServeMessageId>;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function pageHtml(locale: Locale): string {
  const words = Object.fromEntries(Object.entries(WORDS).map(([key, id]) => [key, serveMessage(locale, id, { detail: "{detail}" })]));
  // In a data block `<` is escaped so that no text can close the element.
  const data = JSON.stringify(words).replace(/</g, "\\u003c");
  const w = (key: keyof typeof WORDS) => escapeHtml(words[key]!);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w("title")} — Clausier</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="preview/page.css">
<script type="application/json" id="words">${data}</script>
<script src="preview/page.js" defer></script>
</head>
<body>
<header><h1>${w("title")}</h1><span id="status" role="status">${w("connecting")}</span></header>
<main>
<nav aria-label="${w("documents")}"><h2>${w("documents")}</h2><ul id="documents"></ul></nav>
<section id="view">
<p id="notice">${w("pick")}</p>
<div id="load-errors" hidden></div>
<iframe id="render" name="render" title="${w("title")}" sandbox="allow-same-origin" hidden></iframe>
</section>
<aside aria-label="${w("findings")}"><h2>${w("findings")}</h2><ol id="findings"></ol></aside>
</main>
</body>
</html>
`;
}

/** A problem shown in the page's frame (a document the renderer refuses): a short page rather than raw JSON. */
export function problemPageHtml(problem: ProblemDetails, locale: Locale): string {
  const errors = (problem.errors ?? []).map((e) => `<li><code>${escapeHtml(`${e.file}:${e.line}:${e.column}`)}</code> ${escapeHtml(e.message)} <code>${escapeHtml(e.code)}</code></li>`).join("");
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(problem.title)}</title><body style="font-family:sans-serif"><h1>${escapeHtml(problem.title)}</h1><p>${escapeHtml(problem.detail)}</p>${errors ? `<ul>${errors}</ul>` : ""}</body></html>`;
}

/** A file of the project as text, each line an anchor (#L12), the one aimed at highlighted. */
export function sourceHtml(path: string, text: string, locale: Locale): string {
  const lines = text.split(/\r?\n/).map((line, i) => `<li id="L${i + 1}"><code>${escapeHtml(line) || " "}</code></li>`);
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(path)}</title><style>body{margin:0;font:13px/1.5 ui-monospace,monospace}h1{font:600 14px sans-serif;margin:.5em 1em}ol{margin:0;padding-left:4em}li{white-space:pre-wrap;color:#222}li::marker{color:#999}li:target{background:#fff3b0}</style><body><h1>${escapeHtml(path)}</h1><ol>${lines.join("")}</ol></body></html>`;
}

export const PAGE_CSS = `*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d1d1f;background:#f4f4f2;height:100vh;display:flex;flex-direction:column}
header{display:flex;align-items:baseline;gap:1em;padding:.5em 1em;background:#20304a;color:#fff}
header h1{font-size:1.1em;margin:0}
#status{font-size:.85em;opacity:.8}
main{flex:1;display:grid;grid-template-columns:minmax(14em,18%) 1fr minmax(18em,26%);min-height:0}
nav,aside{overflow:auto;padding:.5em 1em;background:#fff}
nav{border-right:1px solid #ddd}aside{border-left:1px solid #ddd}
h2{font-size:.95em;text-transform:uppercase;letter-spacing:.04em;color:#555}
#documents{list-style:none;margin:0;padding:0}
#documents .folder{margin-top:.6em;font-size:.8em;color:#777}
#documents button{display:block;width:100%;text-align:left;border:0;background:none;padding:.3em .4em;border-radius:4px;cursor:pointer;font:inherit}
#documents button:hover{background:#eef}
#documents button[aria-current=true]{background:#20304a;color:#fff}
#documents .kind{font-size:.75em;opacity:.7;margin-left:.4em}
#view{display:flex;flex-direction:column;min-height:0;padding:1em}
#render{flex:1;width:100%;border:1px solid #ccc;background:#fff;box-shadow:0 1px 4px #0002}
#notice{color:#555}
#load-errors{background:#fff4f4;border:1px solid #e0a0a0;padding:.5em 1em;overflow:auto}
#findings{margin:0;padding-left:1.2em}
#findings li{margin-bottom:.8em}
.severity{display:inline-block;font-size:.75em;padding:0 .4em;border-radius:3px;color:#fff;background:#777}
.severity.error{background:#b3261e}.severity.warning{background:#a15c00}.severity.info{background:#3b6ea5}
.where,.rule{font-family:ui-monospace,monospace;font-size:.85em;color:#444}
.basis{font-size:.85em;color:#333}
`;

// Plain ES2017 for any recent browser; no inline handler (the CSP forbids them).
export const PAGE_JS = `"use strict";
(function () {
  var words = JSON.parse(document.getElementById("words").textContent);
  var list = document.getElementById("documents");
  var frame = document.getElementById("render");
  var notice = document.getElementById("notice");
  var loadErrors = document.getElementById("load-errors");
  var findings = document.getElementById("findings");
  var status = document.getElementById("status");
  var SETTINGS = /(^|\\/)(clausier\\.config\\.[a-z]+|clausier-suppressions\\.json|\\.clausierignore|\\.gitignore)$/;
  var selected = null;
  var dependsOn = [];
  var version = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw body;
        return body;
      });
    });
  }
  // file:line:column, a link that shows the file in the frame at that line (the document comes back on the next pick or change).
  function where(item) {
    var link = el("a", "where", item.file + ":" + item.line + ":" + item.column);
    link.href = "preview/source?path=" + encodeURIComponent(item.file) + "#L" + item.line;
    link.target = "render";
    link.addEventListener("click", function () {
      frame.hidden = false;
      notice.hidden = true;
      loadErrors.hidden = true;
    });
    return link;
  }

  function loadList() {
    return getJson("preview/documents").then(function (body) {
      list.textContent = "";
      var folder = null;
      body.documents.forEach(function (doc) {
        var at = doc.path.lastIndexOf("/");
        var dir = at < 0 ? "" : doc.path.slice(0, at);
        if (dir !== folder) {
          folder = dir;
          list.appendChild(el("li", "folder", dir || "."));
        }
        var item = el("li");
        var button = el("button", "", doc.path.slice(at + 1));
        button.type = "button";
        button.dataset.path = doc.path;
        button.appendChild(el("span", "kind", words["kind-" + doc.kind] || doc.kind));
        button.setAttribute("aria-current", String(doc.path === selected));
        button.addEventListener("click", function () { select(doc.path); });
        item.appendChild(button);
        list.appendChild(item);
      });
      if (!selected && location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)));
    }, showProblem);
  }

  function select(path) {
    selected = path;
    history.replaceState(null, "", "#" + encodeURIComponent(path));
    Array.prototype.forEach.call(list.querySelectorAll("button"), function (b) {
      b.setAttribute("aria-current", String(b.dataset.path === path));
      if (b.dataset.path === path) b.scrollIntoView({ block: "nearest" });
    });
    refresh();
  }

  function refresh() {
    var asked = selected;
    var mine = ++version;
    getJson("preview/document?path=" + encodeURIComponent(asked)).then(function (doc) {
      if (mine !== version) return;
      dependsOn = doc.dependsOn;
      showFindings(doc.findings, doc.loadErrors.length > 0);
      loadErrors.hidden = true;
      if (doc.loadErrors.length) {
        frame.hidden = true;
        frame.removeAttribute("src");
        showLoadErrors(doc.loadErrors);
      } else if (doc.renderable) {
        notice.hidden = true;
        frame.hidden = false;
        frame.src = "preview/render?path=" + encodeURIComponent(asked) + "&v=" + mine;
      } else {
        frame.hidden = true;
        frame.removeAttribute("src");
        notice.hidden = false;
        notice.textContent = words.notPrinted;
      }
      document.body.dataset.shown = asked;
    }, function (problem) {
      if (mine === version) showProblem(problem);
    });
  }

  function showLoadErrors(errors) {
    notice.hidden = false;
    notice.textContent = words.loadErrors;
    loadErrors.textContent = "";
    var ul = el("ul");
    errors.forEach(function (e) {
      var li = el("li");
      li.appendChild(where(e));
      li.appendChild(document.createTextNode(" " + e.message + " "));
      li.appendChild(el("span", "rule", e.code));
      ul.appendChild(li);
    });
    loadErrors.appendChild(ul);
    loadErrors.hidden = false;
  }

  function showFindings(items, notLoaded) {
    findings.textContent = "";
    // A file that does not load is not linted: its errors are shown in place of the render.
    if (!items.length && !notLoaded) findings.appendChild(el("li", "none", words.noFindings));
    items.forEach(function (f) {
      var li = el("li", "finding " + f.severity);
      li.dataset.rule = f.ruleId;
      li.appendChild(el("span", "severity " + f.severity, words[f.severity] || f.severity));
      li.appendChild(document.createTextNode(" "));
      var rule = el("span", "rule", f.ruleId);
      if (f.rule) rule.title = f.rule;
      li.appendChild(rule);
      li.appendChild(el("p", "message", f.message));
      if (f.bases.length) {
        var basis = el("p", "basis", words.basis + " : ");
        f.bases.forEach(function (b, i) {
          if (i) basis.appendChild(document.createTextNode(" ; "));
          if (b.url) {
            var a = el("a", "", b.cite);
            a.href = b.url;
            a.target = "_blank";
            a.rel = "noopener noreferrer";
            basis.appendChild(a);
          } else basis.appendChild(document.createTextNode(b.cite));
        });
        li.appendChild(basis);
      }
      var at = el("p");
      at.appendChild(where(f));
      li.appendChild(at);
      findings.appendChild(li);
    });
  }

  function showProblem(problem) {
    notice.hidden = false;
    frame.hidden = true;
    var detail = problem && problem.detail ? problem.detail : String(problem);
    notice.textContent = words.failed.replace("{detail}", detail);
  }

  var events = new EventSource("preview/events");
  events.addEventListener("ready", function () {
    status.textContent = words.watching;
    document.body.dataset.watching = "true";
  });
  events.addEventListener("change", function (event) {
    var change = JSON.parse(event.data);
    if (change.listChanged) loadList();
    var concerned = change.paths.some(function (p) { return p === selected || dependsOn.indexOf(p) >= 0 || SETTINGS.test(p); });
    if (selected && concerned) refresh();
  });
  // EventSource reconnects by itself; the page says so meanwhile.
  events.addEventListener("error", function () {
    status.textContent = words.disconnected;
    delete document.body.dataset.watching;
  });
  loadList();
})();
`;
