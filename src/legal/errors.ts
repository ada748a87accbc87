import type { IsoDate } from "./dates.js";

/**
 * Thrown when a dated legal value is asked for a date the project's data does not cover.
 * Callers report the gap to the user; they never substitute a guessed value.
 */
export class LegalDataGapError extends Error {
  readonly code = "NO_LEGAL_DATA";

  constructor(
    public dataset: string,
    public date: IsoDate,
    message: string,
  ) {
    super(message);
    this.name = "LegalDataGapError";
  }
}
