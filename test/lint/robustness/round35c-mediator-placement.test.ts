// Round T35c (issue #11): where a mediator named without its details is reported. Terms often list what the seller
// tells before the contract (C. conso. L221-5: « la possibilité de recourir à une médiation … ») and offer the recourse
// later, in the clause titled for disputes; the mediator's name and website (L616-1, R616-1) are owed there, so the
// finding lands on the mention in a clause titled for disputes or mediation, and on the first mention only when no
// such clause has one. Wording written for the test.
// Run on the code before the round (commit 6c10571): 6 of 13 cases failed (every must-move case); none is left.
import { describe, expect, it } from "vitest";
import mediator from "../../../src/lint/rules/consumer-mediator-missing.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) => lintProse(text, mediator, OPTIONS).filter((m) => m.ruleId === mediator.meta.id);
const lineOf = (text: string, words: string) => text.slice(0, text.indexOf(words)).split("\n").length;

const LAYOUTS: Record<string, (title: string, body: string) => string> = {
  heading: (t, b) => `## ${t}\n\n${b}`,
  numbered: (t, b) => `Article 9 - ${t}\n${b}`,
};

const INFO = [
  "Avant la commande, le client reçoit les informations suivantes :",
  "- les caractéristiques des services ;",
  "- le prix et les frais ;",
  "- la faculté de recourir à un processus de médiation en cas de différend ;",
  "- les moyens de paiement.",
].join("\n");
const FILLER = "Le prestataire exécute la prestation à la date convenue avec le client, sur rendez-vous.";

describe("round T35c: a mediator without details is reported in the disputes clause", () => {
  const DISPUTES: Record<string, [string, string]> = {
    litiges: ["Litiges", "En cas de désaccord, le client peut saisir une médiation amiable auprès d'une association locale."],
    "règlement des différends": ["Règlement des différends", "Le client est informé qu'il peut recourir à un médiateur de son choix."],
    médiation: ["Médiation", "Le consommateur peut recourir à une procédure de médiation auprès d'un organisme agréé."],
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, [title, body]] of Object.entries(DISPUTES)) {
      it(`lands in the disputes clause, not the information list (${layout}, ${name})`, () => {
        const text = `${make("Information du client", INFO)}\n\n${make("Exécution", FILLER)}\n\n${make(title, body)}\n`;
        const found = run(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.line).toBe(lineOf(text, body));
      });
      it(`lands on the first mention when the disputes clause is first (${layout}, ${name})`, () => {
        const text = `${make(title, body)}\n\n${make("Exécution", FILLER)}\n\n${make("Information du client", INFO)}\n`;
        const found = run(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.line).toBe(lineOf(text, body));
      });
    }
  }
  it("lands on the first mention when no clause is titled for disputes", () => {
    const text = `## Information du client\n\n${INFO}\n\n## Exécution\n\n${FILLER} Une médiation peut être proposée en cas de litige.\n`;
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(text, "- la faculté"));
  });
});
