import type { Report, RuleContext } from "../../types.js";

const ITEM_LABELS: Record<string, { fr: string; en: string }> = {
  legalName: { fr: "la dénomination", en: "the legal name" },
  personName: { fr: "le nom de l'entrepreneur", en: "the entrepreneur's name" },
  registeredOffice: { fr: "le siège social", en: "the registered office" },
  siren: { fr: "le SIREN", en: "the SIREN" },
  siret: { fr: "le SIRET", en: "the SIRET" },
  rcs: { fr: "l'immatriculation au RCS", en: "the RCS registration" },
  vatNumber: { fr: "le numéro de TVA intracommunautaire", en: "the intra-EU VAT number" },
  shareCapital: { fr: "le capital social", en: "the share capital" },
  legalForm: { fr: "la forme juridique", en: "the legal form" },
  eiMention: { fr: "la mention « EI »", en: "the \"EI\" mention" },
  legalFormOrEi: { fr: "la forme juridique ou la mention « EI »", en: "the legal form or the \"EI\" mention" },
};

export type Reporter = (report: Report) => void;

/** The identity item each finding is about, to skip the same item's placeholder in the clauses. */
export const ITEMS_OF_MESSAGE: Record<string, string[]> = {
  registeredOfficeMissing: ["registeredOffice"],
  sirenMissing: ["siren", "siret"],
  rcsCityMissing: ["rcs"],
  shareCapitalMissing: ["shareCapital"],
  vatNumberMissing: ["vatNumber"],
  luVatNumberMissing: ["vatNumber"],
  luRcsNumberMissing: ["rcs"],
};


export function label(item: string, context: RuleContext): string {
  const l = ITEM_LABELS[item]!;
  return context.locale === "en" ? l.en : l.fr;
}
