import { format, type Catalog, type Locale } from "../../model/locale.js";

/** Messages of `clausier init` and `clausier completion`. */
export const scaffoldMessages = {
  INIT_EXISTS: {
    fr: "{files} existe(nt) déjà : rien n'a été écrit. Choisissez un dossier vide, ou relancez avec --force pour remplacer ces fichiers.",
    en: "{files} already exist(s): nothing was written. Choose an empty folder, or run again with --force to replace these files.",
  },
  INIT_ROLLED_BACK: {
    fr: "{detail} ; les fichiers déjà écrits ont été retirés ou rétablis : rien n'a changé",
    en: "{detail}; the files already written were removed or restored: nothing changed",
  },
  INIT_BAD_SIREN: {
    fr: "--siren {value} : un SIREN a 9 chiffres (espaces permis), par exemple --siren \"732 829 320\" ; omettez l'option pour le compléter plus tard",
    en: "--siren {value}: a SIREN has 9 digits (spaces allowed), for example --siren \"732 829 320\"; leave the option out to fill it in later",
  },
  INIT_EMPTY_NAME: {
    fr: "--name : indiquez la dénomination sociale (ou vos nom et prénom pour une entreprise individuelle)",
    en: "--name: give the company name (or your own name for a sole trader)",
  },
  INIT_WROTE: { fr: "✔ {count} fichier(s) écrit(s) dans {dir} :", en: "✔ {count} file(s) written to {dir}:" },
  INIT_NEXT: {
    fr: "Étapes suivantes (docs/getting-started.md) :\n  1. remplacez les valeurs « à compléter » de terms/seller.yaml (SIREN, siège, RCS, capital, IBAN…) ; {mediator}\n  2. npx clausier validate terms invoices\n  3. npx clausier lint terms invoices   (liste ce qui reste à compléter)\n  4. npx clausier render invoices --to pdf",
    en: "Next steps (docs/getting-started.md):\n  1. replace the « à compléter » values of terms/seller.yaml (SIREN, registered office, RCS, share capital, IBAN…); {mediator}\n  2. npx clausier validate terms invoices\n  3. npx clausier lint terms invoices   (lists what remains to fill)\n  4. npx clausier render invoices --to pdf",
  },
  INIT_NEXT_MEDIATOR: {
    fr: "ajoutez votre médiateur de la consommation (mediator)",
    en: "add your consumer mediator (mediator)",
  },
  INIT_NEXT_NO_MEDIATOR: { fr: "vérifiez les clauses de terms/cgv.yaml", en: "review the clauses of terms/cgv.yaml" },
  PROMPT_NAME: { fr: "Dénomination sociale (ou nom de l'entrepreneur individuel)", en: "Company name (or the sole trader's name)" },
  PROMPT_LEGAL_FORM: { fr: "Forme juridique", en: "Legal form" },
  PROMPT_SIREN: { fr: "SIREN (9 chiffres ; vide : à compléter plus tard)", en: "SIREN (9 digits; empty: fill in later)" },
  PROMPT_CITY: { fr: "Ville du siège social (vide : à compléter plus tard)", en: "City of the registered office (empty: fill in later)" },
  PROMPT_AUDIENCE: { fr: "Clientèle", en: "Clients" },
  PROMPT_VAT: { fr: "Régime de TVA", en: "VAT regime" },
  AUDIENCE_B2B: { fr: "professionnels (B2B)", en: "businesses (B2B)" },
  AUDIENCE_B2C: { fr: "consommateurs (B2C)", en: "consumers (B2C)" },
  AUDIENCE_MIXED: { fr: "les deux", en: "both" },
  VAT_NORMAL: { fr: "assujetti : facture la TVA", en: "liable: charges VAT" },
  VAT_FRANCHISE: { fr: "franchise en base (art. 293 B du CGI) : pas de TVA facturée", en: "franchise en base (art. 293 B CGI): no VAT charged" },
  INIT_CANCELLED: { fr: "init interrompu : rien n'a été écrit", en: "init interrupted: nothing was written" },
  COMPLETION_UNKNOWN_SHELL: {
    fr: "completion {shell} : shells pris en charge : bash, zsh",
    en: "completion {shell}: supported shells: bash, zsh",
  },
} satisfies Catalog<string>;

export type ScaffoldMessageId = keyof typeof scaffoldMessages;

export function ts(locale: Locale, id: ScaffoldMessageId, data: Record<string, unknown> = {}): string {
  return format(scaffoldMessages, id, data, locale);
}
