// Diagnosis (issue #11, docs/accuracy.md « Session 9 »): is the audience decision's weighing of cues the reason it
// errs on texts it was not tuned on, or what its readers find? A multinomial logistic regression over the same
// readers' verdicts (src/lint/scope/audience-readers.ts) is fitted on the corpus's TUNING texts, and its k-fold
// cross-validated accuracy printed beside the hand-written decision's on the same texts. Texts whose own words
// decide (a scope sentence, both kinds named) are left out, for both. Not timed; never reads the validation set.
//   node bench/audience-weighing.mjs [--folds 10] [--lambda 0.003]   (after npm run build)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusTexts, loadLabels } from "./accuracy/labels.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { folds: { type: "string", default: "10" }, lambda: { type: "string", default: "0.003" } } });
const { allRules } = await import("../dist/lint/rules/index.js");
const { readableText, scopeSentence, CueReader } = await import("../dist/lint/scope/audience-readers.js");
const { inferAudience } = await import("../dist/lint/scope/audience.js");
const { COMMERCIAL_COURT } = await import("../dist/lint/scope/audience-cues.js");
const { fold } = await import("../dist/lint/scan/text.js");

const CLASSES = ["b2b", "b2c", "mixed"];
/** Each reader's verdict as a number: 0/1, or log(1 + n) for counts. */
function features(read) {
  const consumers = read.consumers(), professionals = read.professionals(), proHints = read.proHints();
  const consumer = consumers.filter((e) => !read.defined(e)), professional = professionals.filter((e) => !read.defined(e));
  const { firm, home } = read.firmAndHome();
  const b = (v) => (v ? 1 : 0);
  return [
    b(consumer.length), b(consumers.length > consumer.length), Math.log1p(consumer.length),
    b(professional.length), b(professionals.length > professional.length), Math.log1p(professional.length), b(read.identity()),
    b(read.offeredToProfessionals()), b(read.anyPerson()), b(read.declaredPrivate()),
    b(proHints.length), b(proHints.some((e) => !COMMERCIAL_COURT.test(fold(e.text)))), Math.log1p(proHints.length),
    b(read.consumerHint()), b(read.household()), b(consumer.length && read.boilerplateMediation(consumers)), b(read.pricedForFirms()),
    b(firm), b(home), b(read.bulkTrade()),
  ];
}

const corpus = join(root, "test/corpus");
const { entries } = loadLabels(corpus, allRules.map((r) => r.meta.id));
const texts = corpusTexts(corpus);
const rows = [];
for (const entry of [...entries.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  if (entry.set !== "tuning") continue;
  const full = readFileSync(join(corpus, texts.get(entry.id)), "utf8");
  const text = readableText(full);
  const read = new CueReader(text);
  if (scopeSentence(text) || read.bothNamed()) continue;
  const hand = inferAudience(full);
  rows.push({ x: features(read), y: CLASSES.indexOf(entry.audience), hand: CLASSES.indexOf(hand.audience ?? hand.presumed ?? "b2b") });
}

const lambda = Number(args.lambda);
function probabilities(w, x) {
  const z = w.map((wc) => wc[0] + x.reduce((s, v, j) => s + v * wc[j + 1], 0));
  const m = Math.max(...z), e = z.map((v) => Math.exp(v - m)), sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
/** Full-batch gradient descent, fixed steps: deterministic. */
function fit(data) {
  const width = data[0].x.length + 1;
  const w = CLASSES.map(() => new Array(width).fill(0));
  for (let it = 0; it < 6000; it++) {
    const g = CLASSES.map(() => new Array(width).fill(0));
    for (const { x, y } of data) {
      const p = probabilities(w, x);
      for (let c = 0; c < CLASSES.length; c++) {
        const d = p[c] - (y === c ? 1 : 0);
        g[c][0] += d;
        x.forEach((v, j) => (g[c][j + 1] += d * v));
      }
    }
    for (let c = 0; c < CLASSES.length; c++) for (let j = 0; j < width; j++) w[c][j] -= 0.3 * (g[c][j] / data.length + (j ? lambda * w[c][j] : 0));
  }
  return w;
}
const decide = (w, x) => { const p = probabilities(w, x); return p.indexOf(Math.max(...p)); };
const k = Number(args.folds);
let crossValidated = 0;
for (let f = 0; f < k; f++) {
  const w = fit(rows.filter((_, i) => i % k !== f));
  rows.forEach((r, i) => (i % k === f && decide(w, r.x) === r.y ? crossValidated++ : 0));
}
const fitted = fit(rows);
const share = (n) => `${(n / rows.length).toFixed(3)} (${n}/${rows.length})`;
console.log(`audience weighing — ${rows.length} tuning texts whose own words do not decide (lambda ${lambda}, ${k} folds)`);
console.log(`  hand-written decision (tuned on most of them): ${share(rows.filter((r) => r.hand === r.y).length)}`);
console.log(`  learned weighing, on the texts it was fitted on: ${share(rows.filter((r) => decide(fitted, r.x) === r.y).length)}`);
console.log(`  learned weighing, cross-validated:             ${share(crossValidated)}`);
