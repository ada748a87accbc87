// The CSS that code writes: page furniture (running header, "page X / Y" footer) in @page margin
// boxes, and the seller's brand colours. Data reaches CSS only as escaped CSS strings or as colours
// that match #RRGGBB, so no data can close a string, a rule or the <style> element.
import { DRAFT_MARK } from "./draft.js";

/**
 * A CSS string literal: every character outside a small safe set, spaces included, becomes a
 * six-digit \HHHHHH escape (a literal space after an escape would be swallowed as its terminator).
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /^[A-Za-z0-9.,'_-]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, "0")}`;
  }
  return out + '"';
}

export interface PageFurniture {
  /** Running header, top left: the seller's name. */
  header: string;
  /** Running header, top right: what the document is. */
  headerRight: string;
  /** Footer label before "page X / Y": the document number. */
  footer: string;
  /** For a part appended to another PDF: pages before it, and the total of the whole file. */
  pagesBefore?: number;
  totalPages?: number;
  /** Rendered with --force despite lint errors: every page carries the draft mark. */
  draft?: boolean;
}

export function pageCss(f: PageFurniture): string {
  const total = f.totalPages === undefined ? "counter(pages)" : cssString(String(f.totalPages));
  const rules = [
    "@page{size:A4;margin:20mm 17mm 20mm 17mm;",
    `@top-left{content:${cssString(f.header)};font:600 7.5pt var(--font-ui);color:#555;vertical-align:bottom;padding-bottom:3mm}`,
    `@top-right{content:${cssString(f.headerRight)};font:400 7.5pt var(--font-ui);color:#777;vertical-align:bottom;padding-bottom:3mm}`,
    `@bottom-right{content:${cssString(`${f.footer} — page `)} counter(page) " / " ${total};font:400 7.5pt var(--font-ui);color:#555;vertical-align:top;padding-top:3mm}`,
    "}",
  ];
  // A draft says so in plain text on every page too: the diagonal mark (print.css) reads badly when extracted.
  if (f.draft) rules.splice(4, 0, `@top-center{content:${cssString(DRAFT_MARK)};font:700 8.5pt var(--font-ui);color:#b41414;vertical-align:bottom;padding-bottom:3mm;white-space:nowrap}`);
  // A part that follows others starts its page counter after them.
  if (f.pagesBefore) rules.push(`@page:first{counter-increment:page ${f.pagesBefore + 1}}`);
  return rules.join("\n");
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export interface BrandColors {
  primaryColor: string | null;
  accentColor: string | null;
}

/** Brand colours as CSS variables; anything but #RRGGBB is ignored (the schema already refuses it). */
export function brandCss(brand: BrandColors, fontVariables: string): string {
  const primary = brand.primaryColor && HEX_COLOR.test(brand.primaryColor) ? brand.primaryColor : "#1f3a5f";
  const accent = brand.accentColor && HEX_COLOR.test(brand.accentColor) ? brand.accentColor : "#8a6d3b";
  return `:root{--primary:${primary};--accent:${accent};${fontVariables}}`;
}
