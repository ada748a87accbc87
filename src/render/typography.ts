// French typography for printed text (Imprimerie nationale usage): a no-break space before the
// high punctuation ; : ! ? and the closing guillemet », and after the opening guillemet «, so a
// line never starts with a colon or ends with an orphan «; a figure keeps its € or % sign.
// Applied to data text only: amounts come already spaced from src/money/format.ts, and URLs
// (https://…) are left alone because a missing space is only added inside guillemets, never
// before a colon.

/** U+202F espace fine insécable: before ; ! ? and inside « ». */
const NARROW_NBSP = "\u202F";
/** U+00A0 espace insécable: before a colon. */
const NBSP = "\u00A0";

export function frenchSpacing(text: string): string {
  return (
    text
      // An existing space (of any kind) before high punctuation becomes unbreakable.
      .replace(/[ \t\u00A0\u202F]+([;!?])/g, `${NARROW_NBSP}$1`)
      .replace(/[ \t\u00A0\u202F]+:/g, `${NBSP}:`)
      // Guillemets always get their spaces, written or not.
      .replace(/«[ \t\u00A0\u202F]*/g, `«${NARROW_NBSP}`)
      .replace(/[ \t\u00A0\u202F]*»/g, `${NARROW_NBSP}»`)
      // A figure stays with its euro or percent sign: "40 €", "30 %".
      .replace(/(\d)[ \t]+(€|%)/g, `$1${NBSP}$2`)
  );
}
