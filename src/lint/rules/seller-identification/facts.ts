import type { Seller } from "../../../model/documents.js";
import type { JsonPath } from "../../../model/positions.js";
import { compareDates } from "../../../legal/dates.js";
import { fold } from "../../scan/text.js";
import type { LintDocument, Report, RuleContext } from "../../types.js";
import { COMMERCIAL_COMPANY_FORMS, EI_MENTION_FROM, INDIVIDUAL_ENTREPRENEUR_FORMS, claimsRcsRegistration, isPlaceholder } from "../../scan/identity.js";
import { ITEMS_OF_MESSAGE, type Reporter, label } from "./items.js";
import { reportProsePlaceholders } from "./placeholders.js";

/** Luxembourg commercial companies, registered at the RCS (« RCS Luxembourg B… »): their forms folded to letters. */
const LU_RCS_REGISTERED_FORMS: ReadonlySet<string> = new Set(["sarl", "sarls", "sa", "sas", "sca", "scs", "scsp", "snc", "se", "sc"]);
const luRegisteredForm = (form: string | undefined) => form !== undefined && LU_RCS_REGISTERED_FORMS.has(fold(form).replace(/[^a-z]/g, ""));

export function checkFacts(context: RuleContext): void {
  const { doc } = context;
  const seller = doc.seller;
  if (!seller) return;
  // Items already reported from the facts: the same words in a clause are the same defect.
  const covered = new Set<string>();
  const report: Reporter = (r) => {
    for (const item of ITEMS_OF_MESSAGE[r.messageId] ?? []) covered.add(item);
    context.report(r);
  };
  const at = (path: JsonPath) => {
    const range = doc.locateSellerFact(path);
    return { range, file: range.file };
  };
  const placeholder = (item: string, path: JsonPath, value: string) => {
    covered.add(item);
    report({ messageId: "placeholder", data: { item: label(item, context), value }, ...at(path) });
  };

  checkSellerFacts(context, seller, report, at, placeholder);
  reportProsePlaceholders(context, covered);
}

function checkSellerFacts(
  { doc, asOf }: RuleContext,
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  if (isPlaceholder(seller.legalName)) placeholder("legalName", ["legalName"], seller.legalName);
  checkRegisteredOffice(seller, report, at, placeholder);
  // Without a legal form the checks it decides cannot run: say so rather than pass in silence
  // (a French seller that names an RCS registration gets legalFormMissing, an error, instead).
  if (!seller.legalForm && (seller.country === "LU" || (seller.country === "FR" && !claimsRcsRegistration(seller)))) {
    report({ messageId: "legalFormUnknown", severity: "warning", ...at(["legalForm"]) });
  }

  if (seller.country === "LU") {
    checkLuxembourgSeller(doc.kind, seller, report, at, placeholder);
    return;
  }
  if (seller.country !== "FR") return;
  const ei = seller.legalForm !== undefined && INDIVIDUAL_ENTREPRENEUR_FORMS.has(seller.legalForm);
  if (ei && compareDates(asOf, EI_MENTION_FROM) >= 0) {
    if (isPlaceholder(seller.personName)) placeholder("personName", ["personName"], seller.personName!);
    else if (!seller.personName?.trim()) report({ messageId: "eiNameMissing", ...at(["personName"]) });
  }
  if (!seller.legalForm && claimsRcsRegistration(seller)) report({ messageId: "legalFormMissing", ...at(["legalForm"]) });
  if (seller.legalForm && COMMERCIAL_COMPANY_FORMS.has(seller.legalForm) && seller.shareCapital === undefined) {
    report({ messageId: "shareCapitalMissing", data: { form: seller.legalForm }, ...at(["shareCapital"]) });
  }

  const sirenPlaceholders = (["siren", "siret"] as const).filter((k) => isPlaceholder(seller[k]));
  for (const k of sirenPlaceholders) placeholder(k, [k], seller[k]!);
  // A French RCS number is the SIREN itself ("RCS Nantes 732 829 320").
  const hasSiren = [seller.siren, seller.siret, seller.rcs?.number].some((v) => v !== undefined && /\d{9}/.test(v.replace(/[\s.]/g, "")));
  if (!hasSiren && !sirenPlaceholders.length && seller.legalForm !== "association") report({ messageId: "sirenMissing", ...at(["siren"]) });

  const rcsPlaceholder = (["city", "number"] as const).find((k) => isPlaceholder(seller.rcs?.[k]));
  if (rcsPlaceholder) placeholder("rcs", ["rcs", rcsPlaceholder], seller.rcs![rcsPlaceholder]!);
  else if (claimsRcsRegistration(seller) && !seller.rcs?.city?.trim()) report({ messageId: "rcsCityMissing", ...at(["rcs", "city"]) });

  if (isPlaceholder(seller.vat.number)) placeholder("vatNumber", ["vat", "number"], seller.vat.number!);
  // The VAT number is a mention of invoices only (CGI ann. II 242 nonies A); R123-237 does not ask it on terms.
  else if (doc.kind === "invoice" && seller.vat.regime === "liable" && !seller.vat.number) {
    report({ messageId: "vatNumberMissing", ...at(["vat", "number"]) });
  }
}

/** The identifiers a Luxembourg seller's invoices carry; the other documents are not asked them here. */
function checkLuxembourgSeller(
  kind: LintDocument["kind"],
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  if (isPlaceholder(seller.vat.number)) placeholder("vatNumber", ["vat", "number"], seller.vat.number!);
  else if (kind === "invoice" && seller.vat.regime === "liable" && !seller.vat.number?.trim()) report({ messageId: "luVatNumberMissing", ...at(["vat", "number"]) });

  if (isPlaceholder(seller.rcs?.number)) placeholder("rcs", ["rcs", "number"], seller.rcs!.number!);
  else if (kind === "invoice" && luRegisteredForm(seller.legalForm) && !seller.rcs?.number?.trim()) {
    report({ messageId: "luRcsNumberMissing", data: { form: seller.legalForm! }, ...at(["rcs", "number"]) });
  }
}

function checkRegisteredOffice(
  seller: Seller,
  report: Reporter,
  at: (path: JsonPath) => Pick<Report, "range" | "file">,
  placeholder: (item: string, path: JsonPath, value: string) => void,
): void {
  const office = seller.registeredOffice;
  if (!office) {
    report({ messageId: "registeredOfficeMissing", ...at(["registeredOffice"]) });
    return;
  }
  const field = (["street", "postalCode", "city"] as const).find((k) => isPlaceholder(office[k]));
  if (field) placeholder("registeredOffice", ["registeredOffice", field], office[field]!);
}
