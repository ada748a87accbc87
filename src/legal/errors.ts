import { format, type Locale } from "../model/locale.js";
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
    readonly data: Record<string, unknown> = {},
  ) {
    super("");
    this.name = "LegalDataGapError";
    this.message = this.describe("fr");
  }

  /** The gap in `locale`; `what` (which rate) is an id of the same catalogue. */
  describe(locale: Locale): string {
    const what = this.data.what as LegalDataMessageId | undefined;
    return format(legalDataMessages, this.reason, { date: this.date, ...this.data, ...(what ? { what: format(legalDataMessages, what, {}, locale) } : {}) }, locale);
  }
}
