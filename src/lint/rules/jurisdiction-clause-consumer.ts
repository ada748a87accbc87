import { fold } from "../scan/text.js";
import type { Rule } from "../types.js";
import { describeJurisdiction, findCourtMentions, findMerchantsCourtKind, isCourtChoice } from "../scan/courts.js";
import { sentenceAround, sentences } from "../scan/sentences.js";

// A mixed document (professionals and consumers) is offered to consumers too: a court chosen for
// every client binds no consumer, so it is reported unless the clause keeps the choice for
// professionals or leaves consumers their own court (« en cas de litige avec des professionnels, le
// tribunal de commerce de … », « pour les professionnels, … »: the choice is kept for them).
const FOR_PROFESSIONALS = /entre\s+(?:commercants|professionnels)|(?:client|acheteur|cocontractant)s?\s+(?:est\s+un\s+|sont\s+des\s+|a\s+la\s+qualite\s+de\s+)?(?:professionnel|commercant)s?(?![\p{L}])|(?:qualite|statut)\s+de\s+commercant|(?:litiges?|differends?|contestations?)\s+avec\s+(?:des|les|un)\s+(?:clients?\s+)?(?:professionnels?|commercants?)(?![\p{L}])|(?<![\p{L}])pour\s+les\s+(?:clients?\s+)?professionnels(?![\p{L}])/u;
const EXCLUSIVE_WORDS = /competence\s+exclusive|exclusivement\s+competent|attribution\s+(?:exclusive\s+)?de\s+(?:juridiction|competence)/u;
// « de son choix » is the consumer's court only when a court is what is chosen (« le tribunal de son choix »), not the
// adviser of an amicable settlement (« une association de consommateurs ou tout autre conseil de son choix », T37g).
const CONSUMER_OWN_COURT = /consommateur[^.]{0,160}(?:domicile|lieu\s+ou\s+il\s+(?:demeur|resid)|(?:tribunal|tribunaux|juridictions?|saisir)[^.]{0,40}(?:de|a)\s+son\s+choix|r\.?\s*631-3)/u;
// Generic carve-outs, wherever they stand in the sentence: the choice is made "sous réserve des règles
// impératives applicables aux consommateurs", "sauf si le client est un consommateur", "à l'exception des
// contrats conclus avec les consommateurs", "hormis les litiges avec un consommateur", "sauf lorsque
// l'acheteur agit en qualité de consommateur", "cette clause ne s'applique pas aux consommateurs". The
// consumer is a noun after its article ("en particulier" is not a consumer).
const CONSUMER_NOUN = String.raw`(?:les?|la|des|un|une|aux?|du|de|d')\s*(?:clients?\s+)?(?:consommateurs?|non-professionnels?|particuliers)(?![\p{L}])`;
const CONSUMER_CARVE_OUT = new RegExp(
  String.raw`sous\s+reserve\s+des\s+(?:regles|dispositions)\s+(?:legales\s+)?(?:imperatives|d'ordre\s+public)[^.]{0,80}(?:consommateur|non-professionnel)` +
    String.raw`|(?<![\p{L}])(?:sauf|excepte|hormis|a\s+l'exception|a\s+l'exclusion|exception\s+faite)(?![\p{L}])[^.;]{0,80}?${CONSUMER_NOUN}` +
    String.raw`|(?:ne\s+s'applique|n'est\s+pas\s+(?:applicable|opposable)|ne\s+(?:concerne|vise|lie)|ne\s+sont\s+pas\s+(?:applicables|opposables))\s+(?:pas\s+)?[^.;]{0,20}?${CONSUMER_NOUN}`,
  "u",
);
// « compétence exclusive » held by someone who is not a court (« d'un géomètre-expert », « de l'expert
// désigné », « de l'arbitre »): not a forum clause. An arbitration clause is not a choice of court either;
// this rule leaves it alone (docs/rules/jurisdiction-clause-consumer.md).
const NOT_A_COURT = /^\s*(?:du|de\s+la|de\s+l'|des|d'un|d'une|de)\s*(?:[\p{L}'-]+\s+){0,2}?(?:expert|geometre|arbitr|notaire|commissaire|huissier|mediat|concili|comptable|architecte|medecin|assureur)/u;
// « la compétence exclusive des tribunaux français compétents »: the courts of a country, none chosen by its place;
// the consumer keeps the court the law gives (CPC 48 is about territorial competence).
const COUNTRY_COURTS_ONLY = /^\s*(?:des|aux)\s+(?:juridictions|tribunaux)\s+(?:competent(?:e)?s\s+)?(?:francais(?:es)?|de\s+france|belges|luxembourgeois(?:es)?|suisses)(?:\s+competent(?:e)?s)?\s*(?:[.;,]|$)/u;
// A sentence that keeps the consumers' own rules (« Pour les clients consommateurs, les règles de
// compétence légale s'appliquent », « sous réserve des règles protectrices du consommateur »): the
// consumer and the rules must stand in one sentence, so that a consumer named for a mediator does not count.
const CONSUMER_NAMED = /consommateur|non-professionnel|particulier/u;
const CONSUMER_RULES = /(?:regles|dispositions)\s+(?:legales\s+)?(?:de\s+competence|protectrices|imperatives|d'ordre\s+public)|competence\s+legale|regles\s+(?:legales\s+)?de\s+competence/u;
// « sauf disposition légale contraire », « sauf règles impératives contraires », « sauf dispositions d'ordre
// public contraires », « sauf disposition légale impérative »: the choice yields to the law, which gives consumers
// their court. A rule that is mandatory need not be said « contraire »; a merely legal one must.
const LAW_OVERRIDES = /sauf\s+(?:dispositions?|regles?)\s+(?:legales?\s+)?(?:imperatives?|d'ordre\s+public)|sauf\s+(?:dispositions?|regles?)\s+legales?\s+contraires?/u;

function keepsConsumerRules(clauseBody: string): boolean {
  if (LAW_OVERRIDES.test(fold(clauseBody))) return true;
  return sentences(clauseBody).some((span) => {
    const sentence = fold(clauseBody.slice(span.start, span.end));
    return CONSUMER_NAMED.test(sentence) && CONSUMER_RULES.test(sentence);
  });
}

const rule: Rule = {
  meta: {
    id: "jurisdiction-clause-consumer",
    description: {
      fr: "Des conditions proposées à des consommateurs choisissent le tribunal compétent : la clause est réputée non écrite à leur égard.",
      en: "Terms offered to consumers choose the competent court: the clause is deemed unwritten against them.",
    },
    severity: "error",
    category: "jurisdiction",
    legalBasis: ["fr.cpc.48", "fr.cconso.R212-2"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      courtChosen: {
        fr: "ces conditions s'adressent aussi à des consommateurs et désignent « {court} » : une clause qui choisit le tribunal ne vaut qu'entre commerçants et elle est présumée abusive envers un consommateur. Réservez-la aux clients professionnels, ou laissez le consommateur saisir le tribunal de son domicile.",
        en: "these terms also address consumers and name \"{court}\": a clause choosing the court only binds merchants and is presumed unfair against a consumer. Keep it for business clients, or let consumers sue where they live.",
      },
    },
  },
  check({ doc, report }) {
    let spared = false;
    for (const clause of doc.clauses) {
      const folded = fold(clause.body);
      if (CONSUMER_OWN_COURT.test(folded) || CONSUMER_CARVE_OUT.test(folded) || keepsConsumerRules(clause.body)) {
        spared = true;
        continue;
      }
      for (const court of findCourtMentions(clause).filter(isCourtChoice)) {
        const sentence = sentenceAround(clause.body, court.start, court.end);
        if (FOR_PROFESSIONALS.test(fold(sentence.text))) {
          spared = true;
          continue;
        }
        report({ messageId: "courtChosen", data: { court: court.text }, range: clause.locate(court.start, court.end) });
        return;
      }
      const kind = findMerchantsCourtKind(clause);
      if (kind) {
        if (FOR_PROFESSIONALS.test(fold(sentenceAround(clause.body, kind.start, kind.end).text))) spared = true;
        else {
          report({ messageId: "courtChosen", data: { court: kind.text }, range: clause.locate(kind.start, kind.end) });
          return;
        }
      }
      // "compétence exclusive" with no court named by its place.
      const exclusive = EXCLUSIVE_WORDS.exec(folded);
      const after = exclusive ? folded.slice(exclusive.index + exclusive[0].length) : "";
      if (exclusive && !NOT_A_COURT.test(after) && !COUNTRY_COURTS_ONLY.test(after)) {
        const [start, end] = [exclusive.index, exclusive.index + exclusive[0].length];
        if (FOR_PROFESSIONALS.test(fold(sentenceAround(clause.body, start, end).text))) {
          spared = true;
        } else {
          report({ messageId: "courtChosen", data: { court: clause.body.slice(start, end) }, range: clause.locate(start, end) });
          return;
        }
      }
    }
    const fact = describeJurisdiction(doc);
    if (fact && !spared) report({ messageId: "courtChosen", data: { court: fact }, range: doc.locateFact(["jurisdiction"]) });
  },
};

export default rule;
