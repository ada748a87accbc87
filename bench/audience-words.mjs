// Diagnosis (issue #11, docs/accuracy.md « Session 10 »): can the audience be learned from the corpus's words,
// where the hand-written readers fail on unseen texts? Two plain text classifiers over folded words and word pairs
// (Bernoulli naive Bayes; multinomial logistic regression, L2) are fitted on the corpus's TUNING texts and their
// k-fold cross-validated accuracy printed beside the majority class and the hand-written decision on the same texts
// (the decision was tuned on them: its figure is fitted, not cross-validated). Not timed; never reads the
// validation set.
//   node bench/audience-words.mjs [--folds 10] [--min-texts 3] [--lambda 0.1]   (after npm run build)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusTexts, loadLabels } from "./accuracy/labels.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { folds: { type: "string", default: "10" }, "min-texts": { type: "string", default: "3" }, lambda: { type: "string", default: "0.1" } } });
let linter;
try {
  linter = {
    ...(await import("../dist/lint/rules/index.js")),
    ...(await import("../dist/lint/scope/audience.js")),
    ...(await import("../dist/lint/scan/text.js")),
  };
} catch {
  console.error("audience-words: dist/ is missing; run npm run build first");
  process.exit(2);
}
const { allRules, inferAudience, fold } = linter;

const CLASSES = ["b2b", "b2c", "mixed"];
/** The words and adjacent word pairs a text contains, accents and case folded. */
function wordsOf(text) {
  const words = fold(text).match(/[a-z0-9]+/g) ?? [];
  const set = new Set(words);
  for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`);
  return set;
}

const corpus = join(root, "test/corpus");
const { entries } = loadLabels(corpus, allRules.map((r) => r.meta.id));
const files = corpusTexts(corpus);
const rows = [];
for (const entry of [...entries.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  if (entry.set !== "tuning") continue;
  const full = readFileSync(join(corpus, files.get(entry.id)), "utf8");
  const hand = inferAudience(full);
  rows.push({ words: wordsOf(full), y: CLASSES.indexOf(entry.audience), hand: CLASSES.indexOf(hand.audience ?? hand.presumed ?? "b2b") });
}

/** The vocabulary of a training fold: words in at least `min-texts` of its texts. */
function vocabulary(train) {
  const df = new Map();
  for (const r of train) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);
  const vocab = new Map();
  for (const [w, n] of df) if (n >= Number(args["min-texts"])) vocab.set(w, vocab.size);
  return vocab;
}
const present = (vocab, r) => [...r.words].map((w) => vocab.get(w)).filter((j) => j !== undefined);

function naiveBayes(train) {
  const vocab = vocabulary(train);
  const count = CLASSES.map(() => new Float64Array(vocab.size));
  const n = CLASSES.map(() => 0);
  for (const r of train) {
    n[r.y]++;
    for (const j of present(vocab, r)) count[r.y][j]++;
  }
  // Per class: log P(word present), log P(word absent), Laplace-smoothed; the sum over absent words is taken once.
  const logIn = count.map((c, k) => Float64Array.from(c, (v) => Math.log((v + 1) / (n[k] + 2))));
  const logOut = count.map((c, k) => Float64Array.from(c, (v) => Math.log(1 - (v + 1) / (n[k] + 2))));
  const allOut = logOut.map((l) => l.reduce((a, b) => a + b, 0));
  return (r) => {
    const on = present(vocab, r);
    const score = CLASSES.map((_, k) => Math.log(n[k] / train.length) + allOut[k] + on.reduce((s, j) => s + logIn[k][j] - logOut[k][j], 0));
    return score.indexOf(Math.max(...score));
  };
}

/** Multinomial logistic regression on sparse 0/1 features scaled to unit length; full-batch gradient steps, deterministic. */
function logistic(train) {
  const vocab = vocabulary(train);
  const x = train.map((r) => present(vocab, r));
  const w = CLASSES.map(() => new Float64Array(vocab.size + 1));
  const scores = (on) => {
    const v = 1 / Math.sqrt(Math.max(on.length, 1));
    const z = w.map((wk) => wk[vocab.size] + on.reduce((s, j) => s + wk[j] * v, 0));
    const m = Math.max(...z), e = z.map((s) => Math.exp(s - m)), sum = e.reduce((a, b) => a + b, 0);
    return e.map((s) => s / sum);
  };
  const lambda = Number(args.lambda);
  for (let it = 0; it < 300; it++) {
    const g = CLASSES.map(() => new Float64Array(vocab.size + 1));
    train.forEach((r, i) => {
      const p = scores(x[i]), v = 1 / Math.sqrt(Math.max(x[i].length, 1));
      for (let k = 0; k < CLASSES.length; k++) {
        const d = p[k] - (r.y === k ? 1 : 0);
        g[k][vocab.size] += d;
        for (const j of x[i]) g[k][j] += d * v;
      }
    });
    // Step 5 on the weights, 0.5 on the intercept (a larger one oscillates).
    for (let k = 0; k < CLASSES.length; k++) {
      for (let j = 0; j < vocab.size; j++) w[k][j] -= (5 * (g[k][j] + lambda * w[k][j])) / train.length;
      w[k][vocab.size] -= (0.5 * g[k][vocab.size]) / train.length;
    }
  }
  return (r) => {
    const p = scores(present(vocab, r));
    return p.indexOf(Math.max(...p));
  };
}

const k = Number(args.folds);
const right = { naiveBayes: 0, logistic: 0 };
for (let f = 0; f < k; f++) {
  const train = rows.filter((_, i) => i % k !== f), test = rows.filter((_, i) => i % k === f);
  for (const [name, learn] of [["naiveBayes", naiveBayes], ["logistic", logistic]]) {
    const decide = learn(train);
    right[name] += test.filter((r) => decide(r) === r.y).length;
  }
}
const share = (n) => (n / rows.length).toFixed(3);
const majority = Math.max(...CLASSES.map((_, c) => rows.filter((r) => r.y === c).length));
console.log(`${rows.length} tuning texts (${CLASSES.map((c, i) => `${c} ${rows.filter((r) => r.y === i).length}`).join(", ")}); ${k}-fold cross-validated, words in ≥ ${args["min-texts"]} texts of the fold`);
console.log(`majority class (always ${CLASSES[rows.findIndex((r) => rows.filter((s) => s.y === r.y).length === majority)]}): ${share(majority)}`);
console.log(`naive Bayes over words:            ${share(right.naiveBayes)} cross-validated`);
console.log(`logistic regression over words:    ${share(right.logistic)} cross-validated (lambda ${args.lambda})`);
console.log(`hand-written decision:             ${share(rows.filter((r) => r.hand === r.y).length)} fitted (tuned on these texts)`);
