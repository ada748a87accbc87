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

// Elision and contraction (« de Élodie » → « d'Élodie », « à le bureau » → « au bureau »), for a
// word written by a template before data it does not know. A vowel sound starts with a vowel
// (accented or not, æ and œ included), a silent h (the default: names such as Hélène, Hugo, Hervé
// take d'), or a y before a consonant (Yves); not before an aspirated h (the list below, by prefix
// without accents), a y before a vowel (Yann, yaourt), onze or oui.
const H_ASPIRE = [
  "hache", "haie", "haillon", "haine", "hair", "halage", "hall", "halte", "hamac", "hambourg", "hameau", "hampe", "hanche", "handball",
  "handicap", "hangar", "hanneton", "hanovre", "hanter", "happer", "harangue", "haras", "harcel", "hardi", "hareng", "hargne", "haricot",
  "harnais", "harpe", "hasard", "hate", "hausse", "haut", "havre", "hennir", "herisson", "hernie", "heros", "hetre", "heurt", "hibou",
  "hideux", "hierarch", "hisser", "hockey", "hollande", "homard", "hongr", "honte", "hoquet", "horde", "hors", "hotte", "houblon",
  "houle", "housse", "hublot", "huer", "huit", "humer", "hurl", "hutte",
];
const NO_ELISION = ["onze", "onzieme", "oui", "ouistiti", "uhlan"];

function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether a word starts with a vowel sound, so that « de », « le », « que » before it elide. */
export function startsWithVowelSound(word: string): boolean {
  const w = plain(word.trimStart());
  const first = /^\p{L}+/u.exec(w)?.[0];
  if (!first) return false;
  if (NO_ELISION.some((x) => first === x || first.startsWith(x))) return false;
  if (/^[aeiouæœ]/.test(first)) return true;
  if (first.startsWith("y")) return !/^y[aeiouy]/.test(first);
  if (first.startsWith("h")) return !H_ASPIRE.some((x) => first.startsWith(x));
  return false;
}

const ELIDING = new Set(["de", "le", "la", "que", "jusque", "lorsque", "puisque", "ne", "se", "je", "me", "te"]);
const CONTRACTIONS: Record<string, Record<string, string>> = { à: { le: "au", les: "aux" }, de: { le: "du", les: "des" } };

/**
 * A template's word followed by data, elided or contracted as French writes it: ("de", "Élodie") →
 * « d'Élodie », ("de", "Marc") → « de Marc », ("à", "le bureau") → « au bureau », ("de", "le hall")
 * → « du hall », ("de", "le hôtel") → « de l'hôtel ». The word keeps its capital (« De », « À »).
 */
export function joinFrench(word: string, following: string): string {
  const next = following.trimStart();
  const lower = word.toLowerCase();
  const capital = (s: string) => (word[0] !== lower[0] ? s[0]!.toUpperCase() + s.slice(1) : s);
  const article = /^(le|la|les)\s+(.*)$/iu.exec(next);
  if (article && article[1]!.toLowerCase() !== "les" && startsWithVowelSound(article[2]!)) {
    return joinFrench(word, `l'${article[2]}`);
  }
  const contracted = article && CONTRACTIONS[lower]?.[article[1]!.toLowerCase()];
  if (contracted) return `${capital(contracted)} ${article[2]}`;
  if (ELIDING.has(lower) && startsWithVowelSound(next)) return `${capital(lower.slice(0, -1))}'${next}`;
  return `${word} ${next}`;
}
