import type { IsoDate } from "./dates.js";
import { legalDataMessages, type LegalDataMessageId } from "./messages.js";

/**
 * Thrown when a dated legal value is asked for a date the project's data does not cover.
 * Callers report the gap to the user; they never substitute a guessed value. A code and its
 * values, worded at the edge by describe(); `message` is the French wording, for logs.
 */
export class LegalDataGapError extends Error {
  readonly code = "NO_LEGAL_DATA";

  constructor(
    public dataset: string,
    public date: IsoDate,
    readonly reason: LegalDataMessageId,
    readonly data: Record<string, string | number> = {},
  ) {
    super("");
    this.name = "LegalDataGapError";
    this.message = this.describe("fr");
  }

  /** The gap in `locale` ("fr" | "en", model's Locale); `what` (which rate) is an id of the same catalogue. */
  describe(locale: "fr" | "en"): string {
    const what = this.data.what as LegalDataMessageId | undefined;
    const published = this.data.published as LegalDataMessageId | undefined;
    const data: Record<string, string | number> = {
      date: this.date,
      ...this.data,
      ...(what ? { what: legalDataMessages[what][locale] } : {}),
      ...(published ? { published: legalDataMessages[published][locale] } : {}),
    };
    // A gap past the end of the data says where the value is published and how to supply it.
    return wordLegalData(this.reason, data, locale) + (published ? wordLegalData("SUPPLY", data, locale) : "");
  }

  /** The missing period ("2026-S2", or a day for the ECB rate on a given day), when the gap has one. */
  get period(): string | undefined {
    return this.data.period === undefined ? undefined : String(this.data.period);
  }
}

/** model/locale.ts's format() in one line: src/legal may not import from src/model (layers). */
export function wordLegalData(id: LegalDataMessageId, data: Record<string, string | number>, locale: "fr" | "en"): string {
  return legalDataMessages[id][locale].replace(/\{(\w+)\}/g, (_, name: string) => (name in data ? String(data[name]) : `{${name}}`));
}
