// The audience of a prose text, from its own words (docs/scope.md): the decision only. The cues are patterns in
// audience-cues.ts; the readers that say whether a cue counts (negation, glossary, denied heading or label, whose party
// it speaks of, household weighing) are in audience-readers.ts and audience-owner.ts. Here, in order: a sentence that
// scopes the terms; phrases naming both kinds; then consumer markers weighed against the firm side's strongest cue;
// professional markers; and last the weaker hints of each kind.
import type { Audience } from "../types.js";
import { fold } from "../scan/text.js";
import { strongest, type Evidence } from "./evidence.js";
import { COMMERCIAL_COURT, PRO_OFFER } from "./audience-cues.js";
import { CueReader, readableText, scopeSentence } from "./audience-readers.js";

export interface AudienceInference {
  audience?: Audience;
  /** The scope sentence's words; or the first marker of each kind found (a consumer one, then a professional one, for "mixed"). */
  evidence: Evidence[];
  /**
   * No word nor hint of a professional client at all (audience undefined): published terms that never mention a
   * business are a consumer's, presumed "b2c", not read from the text (src/lint/scope/resolve.ts says so in the scope note).
   */
  presumed?: Audience;
}

/** The audience a text's words point to; undefined when nothing tells. */
export function inferAudience(full: string): AudienceInference {
  const text = readableText(full);
  // The terms saying whom they serve (« réservées aux professionnels ») outweigh every cue.
  const scope = scopeSentence(text);
  if (scope) return { audience: scope.audience, evidence: [scope.e] };
  const read = new CueReader(text);
  // Both kinds named, or a rule for one kind of client (« si le Client est un consommateur »): the terms serve both.
  const bothNamed = read.bothNamed() ?? read.offeredToProfessionals();
  if (bothNamed) return { audience: "mixed", evidence: [bothNamed] };
  // Markers in a glossary only define words: they count as hints below, not as markers.
  const consumers = read.consumers();
  const professionals = read.professionals();
  const consumer = consumers.find((e) => !read.defined(e));
  const professional = professionals.find((e) => !read.defined(e));
  const anyPerson = read.anyPerson();
  const proHints = read.proHints();
  const proHint = proHints[0];
  if (consumer) {
    // The firm side weighed by its strongest cue (round T21): a professional marker (3) > « toute personne physique ou
    // morale » (2; void when the client declares a private purpose) > a hint (1: prices before tax, an invoice at a term).
    const companyClient = anyPerson && !read.declaredPrivate() ? anyPerson : undefined;
    const firmSide = strongest([
      ...(professional ? [{ ...professional, weight: 3 }] : []),
      ...(companyClient ? [{ ...companyClient, weight: 2 }] : []),
      ...(proHint ? [{ ...proHint, weight: 1 }] : []),
    ]);
    // No firm cue: households' terms.
    if (!firmSide) return { audience: "b2c", evidence: [consumer] };
    // The mediation clause as the only consumer marker, beside prices before tax and a firm's marker or hint: boilerplate.
    if (read.boilerplateMediation(consumers) && firmSide.weight !== 2) return { audience: "b2b", evidence: [professional ?? firmSide] };
    // Only the trade's hints (prices before tax, an invoice at a term) in terms whose client is defined as a natural person
    // only: no company buys here; the hints are the seller's template, the consumer marker tells (round T35a).
    if (firmSide.weight === 1 && read.naturalPersonsOnly()) return { audience: "b2c", evidence: [consumer] };
    // Only the B2B payment mechanisms, in terms evidently for households and none priced for firms: a template's (T7).
    if (firmSide.weight === 3 && !read.identity() && !read.pricedForFirms() && read.household()) return { audience: "b2c", evidence: [consumer] };
    return { audience: "mixed", evidence: [consumer, professional ?? companyClient ?? firmSide] };
  }
  if (professional) {
    // Only the B2B payment mechanisms in terms evidently for households: both, the mechanisms a template's; not when a
    // marker says who the client is (« clients professionnels »).
    const household = read.identity() ? undefined : read.household();
    return household ? { audience: "mixed", evidence: [household, professional] } : { audience: "b2b", evidence: [professional] };
  }
  // No marker speaks: the hints. A glossary's consumer marker is a consumer hint.
  const consumerHint = read.consumerHint() ?? consumers[0];
  // Beside a household's hint, a forum clause alone is the template's, not the client's kind.
  const anyProHint = (consumerHint ? proHints.find((e) => !COMMERCIAL_COURT.test(fold(e.text))) : proHint) ?? professionals[0];
  // No word of either kind, but prices shown with tax only and cash at the door, or the like: a household's terms.
  const household = anyProHint || consumerHint ? undefined : read.household();
  // A household's hint and a client that may be a company, with no professional hint: both kinds buy here (round T14).
  const privateCue = anyProHint ? undefined : consumerHint ?? household;
  if (privateCue && anyPerson) return { audience: "mixed", evidence: [privateCue, anyPerson] };
  if (household) return { audience: "b2c", evidence: [household] };
  // Hints of one kind only tell that kind.
  if (anyProHint && !consumerHint) return { audience: "b2b", evidence: [anyProHint] };
  if (consumerHint && !anyProHint) return { audience: "b2c", evidence: [consumerHint] };
  // Services to households and an offer named for professionals: both.
  if (consumerHint && proHint && PRO_OFFER.test(fold(proHint.text))) return { audience: "mixed", evidence: [consumerHint, proHint] };
  // The client's home and its company (« votre maison comme les bureaux de votre entreprise »): both.
  const { firm, home } = read.firmAndHome();
  if (firm && home) return { audience: "mixed", evidence: [home, firm] };
  // No sign of a professional client at all (no marker, no hint, not in a glossary, no trade between firms, no client
  // that may be « une personne physique ou morale »): published terms that never mention a business are a consumer's.
  if (!anyProHint && !firm && !consumerHint && !read.bulkTrade() && !anyPerson && professionals.length === 0) return { evidence: [], presumed: "b2c" };
  // Signs both ways too weak to decide: undecided.
  return { evidence: [] };
}
