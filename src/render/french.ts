// French elision and contraction before data the templates cannot know in advance: « À l'attention
// d'Élodie », « de Marc », « du Cabinet », « au Client ». A word elides before a vowel sound: a vowel
// (accented or not, any case), a y followed by a consonant (Yves; not Yann, Yolande), or an h muet.
// Before an h, French usage depends on the word: only the first names and words listed here elide
// (« d'Hélène », « d'Hugo »: the usage most writers follow today, Grevisse notes both « de Hugo » and
// « d'Hugo »); any other h is taken as aspiré (« de Hollande »), the reading that never looks wrong
// as plainly as a wrong elision does.

/** Words starting with an h muet, lower case, without accents. */
const H_MUET = new Set([
  "hector", "helene", "henri", "henriette", "herve", "hilaire", "hippolyte", "honore", "horace", "hortense", "hubert", "hugo", "huguette",
  "habitat", "heritier", "heritiers", "hopital", "hotel", "huissier", "homme", "honoraires", "heure", "heures", "hebergeur", "hebergement",
]);

const VOWELS = /^[aeiouœæ]/;

/** Lower case, accents removed: « Élodie » → « elodie », « Œuvre » keeps its œ. */
function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether the text starts with a vowel sound, so that de, le, la, que… elide before it. */
export function startsWithVowelSound(text: string): boolean {
  const word = plain(/^[\p{L}]+/u.exec(text.trimStart())?.[0] ?? "");
  if (!word) return false;
  if (VOWELS.test(word)) return true;
  if (word.startsWith("y")) return word.length > 1 && !VOWELS.test(word.slice(1)) && word[1] !== "y";
  if (word.startsWith("h")) return H_MUET.has(word);
  return false;
}

type Elidable = "de" | "le" | "la" | "que" | "ne" | "je" | "se";

/** « de » + « Élodie » → « d'Élodie »; « de » + « Marc » → « de Marc ». The case of the first word is kept (« De » → « D' »). */
export function elide(word: Elidable | Capitalize<Elidable>, next: string): string {
  if (!startsWithVowelSound(next)) return `${word} ${next}`;
  const stem = word.toLowerCase() === "que" ? word.slice(0, 2) : word.slice(0, 1);
  return `${stem}'${next}`;
}

/**
 * « de » or « à » before a noun phrase: contracted with the article le / les (« du Client »,
 * « aux Clients », but « de l'Éditeur », « à la Société »), elided before a vowel sound (« d'Anne »).
 */
export function withPreposition(preposition: "de" | "à", phrase: string): string {
  const article = /^(le|les)\s+(.*)$/su.exec(phrase);
  if (article && !(article[1] === "le" && startsWithVowelSound(article[2]!))) {
    const contracted = { de: { le: "du", les: "des" }, à: { le: "au", les: "aux" } }[preposition][article[1] as "le" | "les"];
    return `${contracted} ${article[2]}`;
  }
  if (article) return `${preposition} l'${article[2]}`;
  return preposition === "de" ? elide("de", phrase) : `à ${phrase}`;
}
