// Issue #10, item 1: which legal facts a terms document prints in its generated section, for which
// audience, in which words, and never where a clause already states them (no Chromium here).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { derive, earlyPaymentDiscountLine, latePenaltyLine, recoveryIndemnityLine } from "../../src/documents/index.js";
import { Workspace, type LoadedTerms } from "../../src/model/index.js";
import { legalFactsView } from "../../src/render/views/legal-facts.js";
import { baseTerms, merge } from "../lint/helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-legal-facts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The generated section's lines of baseTerms() patched (null deletes a key). */
function linesOf(patch: Record<string, unknown>): string[] {
  writeFileSync(join(dir, "cgv.yaml"), stringify(merge(baseTerms(), patch), { lineWidth: 0 }));
  const ws = new Workspace(dir);
  const terms = ws.load(join(dir, "cgv.yaml")) as LoadedTerms;
  expect(ws.allDiagnostics()).toEqual([]);
  return legalFactsView(derive(terms))?.lines ?? [];
}

const OBJET_ONLY = { clauses: [{ id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent à toutes les ventes.\n" }] };

describe("the generated « Informations légales » section", () => {
  it("is left out when the clauses state every fact (facts cited or written in words)", () => {
    const lines = linesOf({
      clauses: [
        { id: "paiement", title: "Paiement", body: "Payable à {{payment.termDays}} jours. Aucun escompte pour paiement anticipé.\n" },
        { id: "retard", title: "Retard", body: "Pénalités de retard : {{latePayment.penalty.multiple}} fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement de 40 €.\n" },
        { id: "litiges", title: "Litiges", body: "Le droit français s'applique. Tout litige relève du Tribunal de commerce de Nantes.\n" },
      ],
    });
    expect(lines).toEqual([]);
  });

  it("states for professionals, in the invoices' words, what no clause says", () => {
    const terms = baseTerms() as { latePayment: { penalty: never; recoveryIndemnity: never }; payment: { earlyPaymentDiscount: never } };
    expect(linesOf(OBJET_ONLY)).toEqual([
      "Échéance : paiement à 30 jours à compter de la date de facture",
      latePenaltyLine(terms.latePayment.penalty),
      recoveryIndemnityLine(terms.latePayment.recoveryIndemnity, "EUR"),
      earlyPaymentDiscountLine(terms.payment.earlyPaymentDiscount),
      "Droit applicable : les présentes conditions sont soumises au droit français",
      "Juridiction compétente : tout litige est soumis au Tribunal de commerce de Nantes",
    ]);
    expect(latePenaltyLine(terms.latePayment.penalty)).toBe("Pénalités de retard : 3 fois le taux d'intérêt légal");
  });

  it("for consumers: withdrawal and mediator, no indemnity nor escompte, and their own court", () => {
    const lines = linesOf({
      ...OBJET_ONLY,
      audience: "b2c",
      consumer: { withdrawal: { applies: true } },
      seller: { mediator: { name: "CM2C", website: "www.cm2c.net" } },
    });
    expect(lines.join("\n")).not.toMatch(/Indemnité forfaitaire|escompte|Tribunal de commerce/);
    expect(lines).toContain("Droit de rétractation : le consommateur dispose d'un délai de 14 jours pour exercer son droit de rétractation, sans avoir à motiver sa décision");
    expect(lines.some((l) => l.startsWith("Médiation : le consommateur peut recourir gratuitement au médiateur de la consommation CM2C (www.cm2c.net)"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Juridiction compétente : le consommateur peut saisir, à son choix, la juridiction du lieu où il demeurait/);
  });

  it("for professionals and consumers: the indemnity and the chosen court for professionals only", () => {
    const lines = linesOf({ ...OBJET_ONLY, audience: "mixed" });
    expect(lines).toContain(recoveryIndemnityLine({ amount: "40" }, "EUR", true));
    expect(recoveryIndemnityLine({ amount: "40" }, "EUR", true)).toMatch(/^Indemnité forfaitaire pour frais de recouvrement \(clients professionnels\) : 40,00\s€$/);
    expect(lines.at(-1)).toMatch(/^Juridiction compétente : tout litige entre professionnels est soumis au Tribunal de commerce de Nantes ; le consommateur peut saisir/);
  });

  it("says when the withdrawal right does not apply, and why", () => {
    const lines = linesOf({ ...OBJET_ONLY, audience: "b2c", consumer: { withdrawal: { applies: false, exception: "biens confectionnés selon les spécifications du consommateur." } } });
    expect(lines).toContain("Droit de rétractation : il ne s'applique pas (biens confectionnés selon les spécifications du consommateur)");
  });
});
