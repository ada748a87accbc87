import { checkBic, checkFrVat, checkIban, checkLuVat, checkSiren, checkSiret, type IdentifierCheck } from "../../legal/identifiers.js";
import type { LegalBasisId } from "../../legal/bases.js";
import { hasProfile } from "../../legal/law.js";
import type { JsonPath } from "../../model/positions.js";
import type { SourceRange } from "../../model/diagnostics.js";
import type { Rule, RuleContext } from "../types.js";
import { findIdentifiers, sirenWithin, type IdentifierKind, type ProseIdentifier } from "../scan/identifiers.js";
import { isPlaceholder } from "../scan/identity.js";
import { sentences, type Span } from "../scan/sentences.js";
import { fold } from "../scan/text.js";

const LABELS: Record<IdentifierKind, { fr: string; en: string }> = {
  siren: { fr: "le SIREN", en: "the SIREN" },
  siret: { fr: "le SIRET", en: "the SIRET" },
  vat: { fr: "le numéro de TVA", en: "the VAT number" },
  iban: { fr: "l'IBAN", en: "the IBAN" },
  bic: { fr: "le BIC", en: "the BIC" },
};

/** What makes each identifier a mandatory mention: SIREN and VAT numbers on documents and invoices, IBAN and BIC for SEPA transfers. */
const BASIS_OF: Record<IdentifierKind, LegalBasisId[]> = {
  siren: ["fr.ccom.R123-237", "fr.cgi-ann2.242-nonies-A"],
  siret: ["fr.ccom.R123-237", "fr.cgi-ann2.242-nonies-A"],
  vat: ["fr.cgi-ann2.242-nonies-A"],
  iban: ["eu.reg.260-2012.art-5"],
  bic: ["eu.reg.260-2012.art-5"],
};

/** The check of an identifier, or undefined for a kind or country the project has no checksum for. */
function validate(kind: IdentifierKind, value: string): IdentifierCheck | undefined {
  switch (kind) {
    case "siren":
      return checkSiren(value);
    case "siret":
      return checkSiret(value);
    case "iban":
      return checkIban(value);
    case "bic":
      return checkBic(value);
    case "vat": {
      const country = value.replace(/\s/g, "").slice(0, 2).toUpperCase();
      return country === "FR" ? checkFrVat(value) : country === "LU" ? checkLuVat(value) : undefined;
    }
  }
}

/**
 * « SIRET : 732 829 320 »: nine digits under the SIRET label are the SIREN (the SIRET is the SIREN and a
 * five-digit establishment number); checked as a SIREN, a valid one is no invalid identifier.
 */
function checkedKind(id: { kind: IdentifierKind; value: string }): IdentifierKind {
  return id.kind === "siret" && id.value.replace(/\D/g, "").length === 9 ? "siren" : id.kind;
}

interface Located {
  kind: IdentifierKind;
  value: string;
  range: SourceRange;
  file?: string;
}

const rule: Rule = {
  meta: {
    id: "invalid-identifier",
    description: {
      fr: "Un SIREN, SIRET, numéro de TVA, IBAN ou BIC est invalide (clé de contrôle, longueur, format) ou contredit le SIREN indiqué.",
      en: "A SIREN, SIRET, VAT number, IBAN or BIC is invalid (check digits, length, format) or contradicts the SIREN given.",
    },
    severity: "error",
    category: "identification",
    legalBasis: ["fr.ccom.R123-237", "fr.cgi-ann2.242-nonies-A", "eu.reg.260-2012.art-5"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms", "quote", "invoice", "refund"], modes: ["facts", "prose"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      invalid: {
        fr: "{label} « {value} » est invalide : {reason}. Recopiez-le depuis le document officiel (avis de situation INSEE, extrait Kbis, attestation de TVA, RIB) : un numéro faux rend la mention obligatoire inexacte.",
        en: "{label} \"{value}\" is invalid: {reason}. Copy it again from the official document (INSEE notice, Kbis extract, VAT certificate, bank details): a wrong number makes the mandatory mention inaccurate.",
      },
      placeholder: {
        fr: "valeur d'attente pour {label} : « {value} » n'est pas un numéro ; remplacez-la par la valeur réelle (RIB), et n'envoyez pas de facture avant de la connaître.",
        en: "placeholder for {label}: \"{value}\" is not a number; replace it with the real value (bank details), and do not send an invoice before you know it.",
      },
      sirenMismatch: {
        fr: "le SIREN contenu dans {label} « {value} » ({found}) diffère du SIREN {siren} indiqué pour la même entreprise : l'un des deux numéros est faux ; vérifiez-les sur l'avis de situation INSEE.",
        en: "the SIREN inside {label} \"{value}\" ({found}) differs from the SIREN {siren} given for the same business: one of the two numbers is wrong; check them on the INSEE notice.",
      },
    },
  },
  check(context) {
    const checked = new Set<string>();
    if (context.doc.mode === "facts") {
      for (const party of factParties(context)) checkParty(context, party, checked);
    }
    checkProse(context, checked);
  },
};

function label(kind: IdentifierKind, context: RuleContext): string {
  return context.locale === "en" ? LABELS[kind].en : LABELS[kind].fr;
}

/** The seller's and the client's identifiers, each where it is written. */
function factParties(context: RuleContext): Located[][] {
  const { doc } = context;
  const parties: Located[][] = [];
  const seller = doc.seller;
  if (seller) {
    const at = (kind: IdentifierKind, value: string | undefined, path: JsonPath): Located[] => {
      if (!value?.trim()) return [];
      const range = doc.locateSellerFact(path);
      return [{ kind, value, range, file: range.file }];
    };
    // A French RCS number is the SIREN ("RCS Bourges 488 020 108", formerly "RCS Paris B 123 456 782").
    const rcsNumber = seller.country === "FR" ? seller.rcs?.number?.replace(/^\s*[AB]\s*/i, "") : undefined;
    parties.push([
      ...at("siren", seller.siren, ["siren"]),
      ...at("siret", seller.siret, ["siret"]),
      ...at("vat", seller.vat.number, ["vat", "number"]),
      ...(rcsNumber && /^\d{9}$/.test(rcsNumber.replace(/[\s.]/g, "")) ? at("siren", seller.rcs?.number, ["rcs", "number"]) : []),
      ...(seller.bankAccounts ?? []).flatMap((account, i) => [...at("iban", account.iban, ["bankAccounts", i, "iban"]), ...at("bic", account.bic, ["bankAccounts", i, "bic"])]),
    ]);
    const hostRegistration = seller.hosting?.registration;
    if (hostRegistration) {
      parties.push(findIdentifiers(hostRegistration).flatMap((i) => at(i.kind, i.value, ["hosting", "registration"])));
    }
  }
  const client = doc.invoice?.client ?? doc.quote?.client;
  if (client) {
    const at = (kind: IdentifierKind, value: string | undefined, key: string): Located[] =>
      value?.trim() ? [{ kind, value, range: doc.locateFact(["client", key]) }] : [];
    parties.push([...at("siren", client.siren, "siren"), ...at("siret", client.siret, "siret"), ...at("vat", client.vatNumber, "vatNumber")]);
  }
  return parties;
}

/** Validates one party's identifiers, then compares the SIREN each one contains with the first SIREN given. */
function checkParty(context: RuleContext, identifiers: Located[], checked: Set<string>): void {
  let siren: string | undefined;
  for (const id of identifiers) {
    if (isPlaceholder(id.value)) {
      // SIREN, SIRET and VAT placeholders ("en cours") are seller-identification-incomplete's findings; bank details are no one else's.
      if (id.kind === "iban" || id.kind === "bic") {
        context.report({ messageId: "placeholder", data: { label: label(id.kind, context), value: id.value }, range: id.range, file: id.file, legalBasis: BASIS_OF[id.kind] });
      }
      continue;
    }
    const result = validate(checkedKind(id), id.value);
    if (!result) continue;
    checked.add(result.normalized);
    if (!result.valid) {
      context.report({ messageId: "invalid", data: { label: label(id.kind, context), value: id.value, reason: result.reason }, range: id.range, file: id.file, legalBasis: BASIS_OF[id.kind] });
      continue;
    }
    const found = sirenWithin(id.kind, result.normalized);
    if (!found) continue;
    if (siren === undefined) siren = found;
    else if (found !== siren) {
      context.report({ messageId: "sirenMismatch", data: { label: label(id.kind, context), value: id.value, found, siren }, range: id.range, file: id.file, legalBasis: BASIS_OF[id.kind] });
    }
  }
}

/**
 * Identifiers written in the clauses. SIRENs are compared within one sentence and one paragraph only:
 * another sentence may name the host, another header line another company.
 */
function checkProse(context: RuleContext, checked: Set<string>): void {
  for (const clause of context.doc.clauses) {
    const identifiers = findIdentifiers(clause.body).filter((i) => recognised(context.doc.law, clause.body, i));
    for (const sentence of sentences(clause.body).flatMap((s) => paragraphs(clause.body, s)).flatMap((s) => hostApart(clause.body, s))) {
      const inSentence = identifiers.filter((i) => i.start >= sentence.start && i.start < sentence.end);
      checkParty(
        context,
        inSentence
          .filter((i) => !checked.has(validate(checkedKind(i), i.value)?.normalized ?? ""))
          .map((i) => ({ kind: i.kind, value: i.value.replace(/\s+/g, " ").trim(), range: clause.locate(i.start, i.end) })),
        checked,
      );
    }
  }
}

/**
 * Whether a number found in prose is the identifier the scanner took it for: one after a foreign
 * prefix (« CHE-123.456.789 », « BE 0123.456.789 ») is not a SIREN; under a law Clausier has no
 * profile for, a number is a SIREN or SIRET only where the text calls it so, not any number after
 * « registre du commerce » (a Swiss or Belgian register's).
 */
function recognised(law: string, text: string, id: ProseIdentifier): boolean {
  if (id.kind !== "siren" && id.kind !== "siret") return true;
  if (/(?<![A-Za-z])(?:CHE|CH|BE|LU)[-.\s]?$/i.test(text.slice(Math.max(0, id.start - 5), id.start))) return false;
  return hasProfile(law) || /(?<![a-z])sir[ei][nt](?![a-z])/.test(fold(text.slice(Math.max(0, id.start - 30), id.start)));
}

/** A span cut where it starts naming the host ("Hébergeur : OVH … RCS Lille …"): the host is another company. */
function hostApart(text: string, span: Span): Span[] {
  const at = fold(text.slice(span.start, span.end)).search(/\bheberg/);
  return at <= 0 ? [span] : [{ start: span.start, end: span.start + at }, { start: span.start + at, end: span.end }];
}

/** A span cut at its blank lines. */
function paragraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/\n[ \t]*\n/g)) {
    out.push({ start, end: span.start + m.index });
    start = span.start + m.index + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

export default rule;
