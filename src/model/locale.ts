// The user's language for messages. French by default: Clausier's users are French legal and ops
// staff. `--locale en` (or CLAUSIER_LOCALE=en) switches every catalog to English.
export type Locale = "fr" | "en";

/** The locale asked for (`--locale`), else CLAUSIER_LOCALE, else French. Read once, by `main`. */
export function chooseLocale(asked: string | undefined, env: NodeJS.ProcessEnv): Locale {
  return (asked ?? env.CLAUSIER_LOCALE) === "en" ? "en" : "fr";
}

/**
 * A value worded differently in each locale (a date: "26 avril 2019", "26 April 2019"): message
 * data carries it whole, and format() picks the reader's wording.
 */
export class Localized {
  constructor(readonly text: Readonly<Record<Locale, string>>) {}

  toString(): string {
    return this.text.fr;
  }
}

/** A message catalog: one template per id and locale, `{name}` placeholders filled from data. */
export type Catalog<Id extends string> = Record<Id, Record<Locale, string>>;

export function format<Id extends string>(
  catalog: Catalog<Id>,
  id: Id,
  data: Record<string, unknown>,
  locale: Locale,
): string {
  const template = catalog[id][locale];
  const text = (value: unknown) => (value instanceof Localized ? value.text[locale] : String(value));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in data ? text(data[name]) : `{${name}}`));
}
