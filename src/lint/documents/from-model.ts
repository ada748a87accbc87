import { governingLaw } from "../../legal/law.js";
import type { LoadedDocument, LoadedTerms, Seller } from "../../model/documents.js";
import { fileOffsetInString, locate, locateInString, type JsonPath } from "../../model/positions.js";
import { buildClause } from "./clause.js";
import type { Audience, Law, LintClause, LintDocument } from "../types.js";

export interface Defaults {
  law?: Law;
  audience?: Audience;
  /** Where each default came from (--law/--audience or the configuration); "option" when not said. */
  sources?: { law?: "option" | "config"; audience?: "option" | "config" };
}

function lawOf(terms: LoadedTerms, defaults: Defaults): Law {
  return governingLaw(terms.data.governingLaw, terms.seller.data.country, defaults.law);
}

function clausesOf(terms: LoadedTerms): LintClause[] {
  const { source } = terms;
  return terms.data.clauses.map((c, index) => {
    const at: JsonPath = ["clauses", index, "body"];
    return buildClause({
      index,
      id: c.id,
      number: c.number,
      title: c.title,
      markdown: c.body,
      locateMarkdown: (start, end) => locateInString(source, at, start, end),
      markdownToFile: (offset) => fileOffsetInString(source, at, offset),
      fileText: source.text,
      titleRange: locate(source, ["clauses", index, "title"]),
    });
  });
}

function sellerLocator(terms: LoadedTerms) {
  const seller = terms.seller;
  return (path: JsonPath) => ({ ...locate(seller.source, [...seller.at, ...path]), file: seller.source.path });
}

/** A loaded Clausier document as the linter sees it. */
export function fromModel(doc: LoadedDocument, defaults: Defaults = {}): LintDocument | undefined {
  const base = {
    path: doc.path,
    absPath: doc.absPath,
    mode: "facts" as const,
    text: doc.source.text,
    loaded: doc,
    locateFact: (path: JsonPath) => locate(doc.source, path),
  };
  switch (doc.kind) {
    case "terms":
      return {
        ...base,
        kind: "terms",
        law: lawOf(doc, defaults),
        audience: doc.data.audience,
        date: doc.data.effectiveDate,
        clauses: clausesOf(doc),
        terms: doc.data,
        seller: doc.seller.data,
        locateSellerFact: sellerLocator(doc),
      };
    case "invoice":
    case "quote":
    case "refund":
    case "credit-note": {
      const terms = doc.terms;
      const clientType = doc.kind === "refund" || doc.kind === "credit-note" ? doc.invoice.data.client.type : doc.data.client.type;
      const audience: Audience = clientType === "consumer" ? "b2c" : "b2b";
      return {
        ...base,
        kind: doc.kind,
        law: lawOf(terms, defaults),
        audience,
        date: doc.data.issueDate,
        clauses: [],
        terms: terms.data,
        seller: terms.seller.data as Seller,
        ...(doc.kind === "invoice" ? { invoice: doc.data } : doc.kind === "quote" ? { quote: doc.data } : doc.kind === "refund" ? { refund: doc.data } : { creditNote: doc.data }),
        locateSellerFact: sellerLocator(terms),
      };
    }
    default:
      return undefined;
  }
}
