// Parts joined by assemblePdf keep their bookmarks and their links apart: a named destination used
// by two parts (a CGT and its CGU may both have « clause-responsabilite ») is renamed in the second,
// with the links that point to it. Built from two one-page PDFs, no browser.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { assemblePdf } from "../../src/render/pdf.js";

/** A one-page PDF with a named destination « clause-a » and a link to it, as Chromium writes them. */
async function partWithLink(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const dests = pdf.context.obj({}) as PDFDict;
  dests.set(PDFName.of("clause-a"), pdf.context.obj([page.ref, PDFName.of("XYZ"), PDFNumber.of(0), PDFNumber.of(800), PDFNumber.of(0)]));
  pdf.catalog.set(PDFName.of("Dests"), pdf.context.register(dests));
  const link = pdf.context.obj({ Type: "Annot", Subtype: "Link", Rect: [10, 10, 100, 20], Dest: PDFName.of("clause-a") });
  page.node.set(PDFName.of("Annots"), pdf.context.obj([pdf.context.register(link)]));
  return pdf.save();
}

const META = { title: "t", author: "a", subject: "s", keywords: [], date: "2026-01-01", producer: "p", creator: "c" };

describe("assemblePdf: outline and named destinations of joined parts", () => {
  it("renames a destination the second part shares with the first, with its links and bookmarks", async () => {
    const entries = [{ title: "1. A", level: 1, anchor: "clause-a" }];
    const bytes = await assemblePdf([await partWithLink(), await partWithLink()], META, [], [
      { title: "CGT", entries },
      { title: "CGU", entries },
    ]);
    const pdf = await PDFDocument.load(bytes);
    const [first, second] = pdf.getPages().map((p) => p.ref);
    const dests = pdf.catalog.lookup(PDFName.of("Dests"), PDFDict);
    const pageOf = (name: string) => dests.lookup(PDFName.of(name), PDFArray).get(0);
    expect(pageOf("clause-a")).toBe(first);
    expect(pageOf("clause-a--2")).toBe(second);
    const linkOn = (i: number) => {
      const annots = pdf.getPages()[i]!.node.lookup(PDFName.of("Annots"), PDFArray);
      return (pdf.context.lookup(annots.get(0)) as PDFDict).get(PDFName.of("Dest"));
    };
    expect(linkOn(0)).toBe(PDFName.of("clause-a"));
    expect(linkOn(1)).toBe(PDFName.of("clause-a--2"));
    // The second part's bookmark opens the second page.
    const outlines = pdf.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    const cgu = outlines.lookup(PDFName.of("Last"), PDFDict);
    expect(cgu.lookup(PDFName.of("First"), PDFDict).lookup(PDFName.of("Dest"), PDFArray).get(0)).toBe(second);
  });
});
