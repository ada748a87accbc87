import type { Rule } from "../types.js";
import { decimal } from "../scan/numbers.js";
import { latePaymentOf, rangeOf, replaceWords } from "../scan/payment-facts.js";
import { penaltyStatements } from "../scan/penalty.js";

// Before the LME (in force 1 January 2009) the floor was one and a half times the legal rate and the
// default rate the ECB rate plus 7 points; since then, three times the legal rate and ECB + 10 points.
const isHalfAgain = (multiple: string | number | undefined) => decimal(multiple)?.equals(1.5) ?? false;
const isEcbPlusSeven = (points: string | number | undefined) => decimal(points)?.equals(7) ?? false;

const rule: Rule = {
  meta: {
    id: "late-penalty-obsolete-formula",
    description: {
      fr: "Le taux des pénalités de retard suit une formule abrogée en 2009 : « une fois et demie le taux d'intérêt légal » ou « taux BCE + 7 points ».",
      en: "The late-payment penalty rate uses a formula repealed in 2009: \"one and a half times the legal interest rate\" or \"ECB rate + 7 points\".",
    },
    severity: "warning",
    category: "payment",
    legalBasis: ["fr.loi.2008-776", "fr.ccom.L441-10"],
    // the LME formulas replaced the old ones on 1 January 2009
    appliesFrom: "2009-01-01",
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "mixed"] },
    messages: {
      halfAgain: {
        fr: "« une fois et demie le taux d'intérêt légal » est la formule d'avant la loi LME (abrogée le 1er janvier 2009) : le minimum est désormais de trois fois le taux d'intérêt légal",
        en: "\"one and a half times the legal interest rate\" is the pre-LME formula (repealed on 1 January 2009): the minimum is now three times the legal interest rate",
        basis: ["fr.ccom.L441-10"],
      },
      ecbPlusSeven: {
        fr: "« taux de la BCE majoré de 7 points » est le taux par défaut d'avant la loi LME (abrogé le 1er janvier 2009) : le taux par défaut est désormais celui de la BCE majoré de 10 points",
        en: "\"ECB rate plus 7 points\" is the pre-LME default rate (repealed on 1 January 2009): the default is now the ECB rate plus 10 points",
        basis: ["fr.ccom.L441-10"],
      },
      useThreeTimes: {
        fr: "remplacer par « trois fois le taux d'intérêt légal »",
        en: "replace with \"trois fois le taux d'intérêt légal\"",
      },
      useEcbPlusTen: {
        fr: "remplacer par « taux de la BCE majoré de 10 points »",
        en: "replace with \"taux de la BCE majoré de 10 points\"",
      },
    },
  },
  check({ doc, report }) {
    const fact = latePaymentOf(doc)?.penalty;
    if (fact?.kind === "legal-rate-multiple" && isHalfAgain(fact.multiple)) {
      report({ messageId: "halfAgain", range: doc.locateFact(["latePayment", "penalty", "multiple"]) });
      return;
    }
    if (fact?.kind === "ecb-plus" && isEcbPlusSeven(fact.points)) {
      report({ messageId: "ecbPlusSeven", range: doc.locateFact(["latePayment", "penalty", "points"]) });
      return;
    }
    for (const s of penaltyStatements(doc.clauses)) {
      const obsolete =
        s.kind === "legal-rate-multiple" && s.multiple.equals(1.5)
          ? { messageId: "halfAgain", suggestion: "useThreeTimes", text: "trois fois le taux d'intérêt légal" }
          : s.kind === "ecb-plus" && s.points.equals(7)
            ? { messageId: "ecbPlusSeven", suggestion: "useEcbPlusTen", text: "taux de la BCE majoré de 10 points" }
            : undefined;
      if (!obsolete) continue;
      const fix = replaceWords(s.words, obsolete.text);
      report({ messageId: obsolete.messageId, range: rangeOf(s.words), ...(fix ? { suggestions: [{ messageId: obsolete.suggestion, fix }] } : {}) });
      return;
    }
  },
};

export default rule;
