import { DateOutOfRangeError, MAX_DATE, MIN_DATE, parseIsoDate } from "../legal/dates.js";
import { UsageError, type Locale } from "../model/index.js";
import { t } from "./messages.js";

/** A date option (--paid-on, --as-of…) must be a real date of the accepted range: a usage error (exit 2) otherwise. */
export function checkDateOption(flag: string, value: string, locale: Locale): void {
  try {
    parseIsoDate(value);
  } catch (error) {
    if (error instanceof DateOutOfRangeError) throw new UsageError(t(locale, "DATE_OPTION_OUT_OF_RANGE", { flag, value, min: MIN_DATE, max: MAX_DATE }));
    throw new UsageError(t(locale, "DATE_OPTION_INVALID", { flag, value }));
  }
}
