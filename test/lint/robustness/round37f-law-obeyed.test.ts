// Round T37f (issue #11, deliverable 5): a party's duty to obey a country's law (« Le client est soumis au respect de la
// législation française ») chooses no law for the contract. Every text is written for this battery; 2 of its 5 cases
// failed on main's code (4e0c8b0).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const terms = (body: string) => `# Conditions générales de prestation\n\n## 1. Objet\n\nDes prestations de conseil en informatique.\n\n## 2. Obligations\n\n${body}\n`;
const law = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "governing-law-missing", reports, audience: "b2b", asOf: "2025-03-01", text: terms(body) });

describe("round T37f battery: a law to obey is no law chosen", () => {
  runCases([
    law("« Le client est soumis au respect de la législation française en vigueur »", true, "Le client est soumis au respect de la législation française en vigueur."),
    law("« L'utilisateur est tenu de respecter la loi française et est soumis aux présentes »", true, "L'utilisateur est tenu de respecter la loi française et est soumis aux présentes conditions."),
    law("« Les présentes conditions sont soumises au droit français »", false, "Les présentes conditions sont soumises au droit français."),
    law("a choice beside a duty to obey", false, "Le client est tenu de respecter la législation française. Les présentes conditions sont régies par le droit français."),
    law("« soumis au droit français » after a duty in the same sentence", false, "Dans le respect de la réglementation, le présent contrat est soumis au droit français."),
  ]);
});
