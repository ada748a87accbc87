/**
 * A Markdown page made readable in a terminal, without a renderer: headings underlined, code blocks
 * indented, emphasis marks and table rulers dropped, links written « text (address) ».
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2]!);
      out.push(text);
      if (heading[1]!.length <= 2) out.push((heading[1]!.length === 1 ? "=" : "-").repeat(text.length));
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    out.push(inline(line));
  }
  return unwrapBold(out).join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

/** Bold wrapped over two lines (« **Article** \n **L612-1** »): the marks left alone on each line, dropped in pairs. */
function unwrapBold(lines: string[]): string[] {
  let open: number | undefined;
  const out = [...lines];
  out.forEach((line, i) => {
    if (line.startsWith("    ") || (line.match(/\*\*/g)?.length ?? 0) % 2 === 0) return;
    if (open === undefined) open = i;
    else {
      const first = out[open]!;
      const at = first.lastIndexOf("**");
      out[open] = first.slice(0, at) + first.slice(at + 2);
      out[i] = line.replace("**", "");
      open = undefined;
    }
  });
  return out;
}

function inline(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, "$1$2")
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 ($2)")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
}
