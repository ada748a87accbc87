// Law and audience decided per prose document, and what the linter then runs (docs/scope.md):
// a text under a law without a profile gets only the law-independent rules, a consumer shop gets the
// consumer duties and not the B2B ones, and the decision is told once, with its evidence. Every
// text here is written for the test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Linter, type LinterOptions } from "../../../src/lint/linter.js";
import { json } from "../../../src/lint/reporters/json.js";
import { allRules } from "../../../src/lint/rules/index.js";
import type { LintMessage, LintResult } from "../../../src/lint/types.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function lint(files: Record<string, string>, options: Partial<LinterOptions> = {}): LintResult[] {
  const cwd = mkdtempSync(join(tmpdir(), "clausier-scope-"));
  dirs.push(cwd);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  const linter = new Linter({ cwd, asOf: "2026-06-01", locale: "fr", ...options });
  return linter.lintPaths(Object.keys(files).filter((f) => !f.startsWith("clausier.config"))).results;
}

const ruleIds = (messages: LintMessage[]) => [...new Set(messages.map((m) => m.ruleId))].sort();

const BELGIAN = `# Conditions générales de vente

Atelier Exemple SRL, rue du Pont 3, 4000 Liège, Belgique.
Numéro d'entreprise : 0123.456.789.

## Article 1 : Objet

Les présentes conditions régissent nos ventes de mobilier à nos clients professionnels.

## Article 2 : Paiement

Les factures sont payables à quatre-vingt-dix jours. Tout retard de paiement porte intérêt au taux de 8 % l'an.

## Article 3 : Litiges

Les présentes conditions sont soumises au droit belge. Tout litige relève du tribunal d'instance de Liège, sous réserve de l'article 7.
`;

const SWISS = `# Conditions générales

Exemple Numérique Sàrl, chemin des Vignes 3, 1204 Genève, Suisse.
Inscrite au registre du commerce du canton de Genève sous le numéro CHE-123.456.788.

## 1. Prestations

Nos prix sont indiqués en CHF, hors taxes, pour nos clients professionnels.

## 2. Litiges

Tout litige est porté devant les tribunaux de Genève.
`;

const CONSUMER_SHOP = `# Conditions générales de vente

La boutique Fil d'Exemple, SAS au capital de 5 000 €, RCS Nantes 732 829 320, 1 rue de la Paix, 44000 Nantes, vend des bijoux en ligne aux particuliers.

## Article 1 : Prix

Les prix sont indiqués en euros toutes taxes comprises.

## Article 2 : Paiement

Le prix est payable à la commande, par carte bancaire.

## Article 3 : Droit applicable

Les présentes conditions sont soumises au droit français.
`;

describe("a text under a law without a profile (Belgian)", () => {
  const [result] = lint({ "cgv.md": BELGIAN });
  const messages = result!.messages;

  it("gets no French-only finding, but still the law-independent ones", () => {
    // Before: seller-identification-incomplete, recovery-indemnity-missing, payment-term-too-long,
    // early-payment-discount-missing, abolished-court (« tribunal d'instance de Liège »).
    expect(ruleIds(messages)).toEqual(["clause-reference-broken", "law-without-profile", "scope-inferred"]);
  });

  it("says once that the law has no profile, at the choice of law", () => {
    const notes = messages.filter((m) => m.ruleId === "law-without-profile");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      severity: "info",
      line: 16,
      message:
        "Ces conditions relèvent du droit belge (déduit de « soumises au droit belge », l. 16) : Clausier n'en a pas le profil ; seules les vérifications indépendantes du droit national ont été faites.",
    });
  });

  it("tells the law and audience inferred, with their evidence (fr)", () => {
    expect(messages.find((m) => m.ruleId === "scope-inferred")).toMatchObject({
      severity: "info",
      line: 16,
      message:
        "Droit applicable : belge (déduit de « soumises au droit belge », l. 16) ; public : professionnels (déduit de « clients professionnels », l. 8). Pour forcer : front matter law/audience, --law, --audience.",
    });
  });

  it("in English too", () => {
    const [en] = lint({ "cgv.md": BELGIAN }, { locale: "en" });
    expect(en!.messages.filter((m) => m.ruleId === "scope-inferred" || m.ruleId === "law-without-profile").map((m) => m.message)).toEqual([
      "These terms fall under Belgian law (inferred from \"soumises au droit belge\", line 16): Clausier has no profile for it; only the checks that do not depend on national law were made.",
      "Governing law: Belgian (inferred from \"soumises au droit belge\", line 16); audience: business customers (inferred from \"clients professionnels\", line 8). To force them: front matter law/audience, --law, --audience.",
    ]);
  });

  it("cites no French article for the law-independent finding", () => {
    expect(messages.find((m) => m.ruleId === "clause-reference-broken")?.legalBasis).toBeUndefined();
  });

  it("is judged as French law again when the user says so", () => {
    const [forced] = lint({ "cgv.md": BELGIAN }, { defaults: { law: "FR" } });
    expect(ruleIds(forced!.messages)).toEqual(expect.arrayContaining(["abolished-court", "recovery-indemnity-missing"]));
    expect(ruleIds(forced!.messages)).not.toContain("law-without-profile");
  });
});

describe("a Swiss Sàrl", () => {
  const [result] = lint({ "cg.md": SWISS });

  it("is not asked for a SIREN, nor its Swiss number checked as one", () => {
    // Before: invalid-identifier on « 123.456.788 » read as a SIREN, and the French B2B payment mentions.
    const ids = ruleIds(result!.messages);
    expect(ids).not.toContain("invalid-identifier");
    for (const id of ["seller-identification-incomplete", "recovery-indemnity-missing", "late-penalty-rate-missing", "governing-law-missing"]) expect(ids).not.toContain(id);
    expect(result!.scope).toEqual({ law: "CH", audience: "b2b", lawSource: "inferred", audienceSource: "inferred" });
  });
});

describe("a consumer shop without front matter", () => {
  const [result] = lint({ "cgv.md": CONSUMER_SHOP });
  const ids = ruleIds(result!.messages);

  it("is no longer told to add the 40 € indemnity or a late-payment rate", () => {
    for (const id of ["recovery-indemnity-missing", "late-penalty-rate-missing", "early-payment-discount-missing"]) expect(ids).not.toContain(id);
  });

  it("is now told the consumer duties", () => {
    expect(ids).toEqual(expect.arrayContaining(["consumer-mediator-missing", "consumer-withdrawal-info-missing"]));
  });

  it("says why it was judged as consumer terms", () => {
    expect(result!.messages.find((m) => m.ruleId === "scope-inferred")?.message).toBe(
      "Droit applicable : français (déduit de « soumises au droit français », l. 15) ; public : consommateurs (déduit de « aux particuliers », l. 3). Pour forcer : front matter law/audience, --law, --audience.",
    );
  });
});

describe("explicit settings win: front matter, then --law/--audience, then the configuration", () => {
  const config = "law: CH\naudience: b2c\n";

  it("front matter over the option and the configuration", () => {
    const [r] = lint({ "cgv.md": `---\nlaw: lu\naudience: mixed\n---\n${BELGIAN}`, "clausier.config.yaml": config }, { defaults: { law: "DE", audience: "b2b" } });
    expect(r!.scope).toEqual({ law: "LU", audience: "mixed", lawSource: "front-matter", audienceSource: "front-matter" });
    expect(ruleIds(r!.messages)).not.toContain("scope-inferred");
  });

  it("the option over the configuration", () => {
    const [r] = lint({ "cgv.md": BELGIAN, "clausier.config.yaml": config }, { defaults: { law: "DE" } });
    expect(r!.scope).toEqual({ law: "DE", audience: "b2c", lawSource: "option", audienceSource: "config" });
    expect(r!.messages.find((m) => m.ruleId === "law-without-profile")?.message).toContain("droit allemand (--law)");
  });

  it("the configuration over the text", () => {
    const [r] = lint({ "cgv.md": BELGIAN, "clausier.config.yaml": config });
    expect(r!.scope).toEqual({ law: "CH", audience: "b2c", lawSource: "config", audienceSource: "config" });
    expect(ruleIds(r!.messages)).not.toContain("scope-inferred");
  });

  it("a front-matter law that is not a country code is refused", () => {
    const [r] = lint({ "cgv.md": `---\nlaw: France\n---\n${BELGIAN}` });
    expect(r!.messages.find((m) => m.ruleId === "invalid-document")?.message).toContain("code pays ISO 3166-1 alpha-2");
  });
});

describe("the law of an unnamed seat and no French sign (round T11): the law is unknown, said once, and no national rule runs", () => {
  const [result] = lint({ "cgv.md": "# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande. Le contrat est soumis au droit du siège du vendeur.\n" });

  it("says the law is undetermined in the scope note and how to set it, with no separate note", () => {
    expect(result!.scope).toMatchObject({ law: "unknown", lawSource: "default" });
    expect(result!.messages.find((m) => m.ruleId === "scope-inferred")?.message).toContain("Droit applicable : indéterminé (aucun indice de pays, pas même français");
    expect(ruleIds(result!.messages)).not.toContain("law-without-profile");
  });

  it("runs no French rule; law: FR in the front matter brings them back", () => {
    expect(ruleIds(result!.messages)).not.toContain("consumer-mediator-missing");
    const [french] = lint({ "cgv.md": "---\nlaw: FR\n---\n# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande. Le contrat est soumis au droit du siège du vendeur.\n" });
    expect(ruleIds(french!.messages)).toContain("consumer-mediator-missing");
  });
});

describe("nothing tells (round T5: no sign of a professional client, presumed for consumers)", () => {
  // A French sign (the seller's postcode, too weak to infer the law from) keeps French law presumed (round T11).
  const [result] = lint({ "cgv.md": "# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande. Atelier Brume, 44000 Nantes.\n" });

  it("French law is presumed, consumers are presumed, and the info says so at line 1", () => {
    expect(result!.scope).toEqual({ law: "FR", audience: "b2c", lawSource: "default", audienceSource: "inferred" });
    expect(result!.messages.find((m) => m.ruleId === "scope-inferred")).toMatchObject({
      line: 1,
      message:
        "Droit applicable : français (aucun indice : droit français présumé) ; public : consommateurs (public présumé : aucun indice de clientèle professionnelle ; si les conditions visent aussi ou seulement des professionnels, indiquez audience: mixed ou b2b). Pour forcer : front matter law/audience, --law, --audience.",
    });
  });

  it("runs the consumer duties, not the duties between professionals", () => {
    const ids = ruleIds(result!.messages);
    for (const id of ["recovery-indemnity-missing", "late-penalty-rate-missing", "early-payment-discount-missing"]) expect(ids).not.toContain(id);
    expect(ids).toContain("consumer-mediator-missing");
    // The same text said to be between professionals gets them.
    const [b2b] = lint({ "cgv.md": "---\naudience: b2b\n---\n# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande. Atelier Brume, 44000 Nantes.\n" });
    expect(ruleIds(b2b!.messages)).toEqual(expect.arrayContaining(["recovery-indemnity-missing", "late-penalty-rate-missing"]));
  });

  it("the JSON report carries the scope", () => {
    const report = JSON.parse(json([result!], { rules: allRules, cwd: ".", locale: "fr", color: false, env: {}, toolVersion: "0" }).text);
    expect(report[0].scope).toEqual({ law: "FR", audience: "b2c", lawSource: "default", audienceSource: "inferred" });
  });

  it("a sign of a firm, however weak (prices before tax), is no presumption: neither kind of duty runs", () => {
    const [hinted] = lint({ "cgv.md": "# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande. Nos tarifs sont exprimés HT. Les frais de livraison s'ajoutent au panier.\n" });
    expect(hinted!.scope).toMatchObject({ audienceSource: "default" });
    const ids = ruleIds(hinted!.messages);
    for (const id of ["recovery-indemnity-missing", "late-penalty-rate-missing", "consumer-mediator-missing", "consumer-withdrawal-info-missing"]) expect(ids).not.toContain(id);
  });

  it("under a law Clausier has no profile for, consumers are presumed too (round T7), and no audience's duty runs", () => {
    const [foreign] = lint({ "cgv.md": "---\nlaw: BE\n---\n# Conditions\n\n## Article 1 : Objet\n\nLe prix est payable à la commande.\n" });
    expect(foreign!.scope).toMatchObject({ law: "BE", audience: "b2c", audienceSource: "inferred" });
    const ids = ruleIds(foreign!.messages);
    for (const id of ["consumer-mediator-missing", "consumer-withdrawal-info-missing", "recovery-indemnity-missing"]) expect(ids).not.toContain(id);
  });
});

describe("terms for households that copy the B2B payment mechanisms (round T1)", () => {
  const TEXT = `# Conditions générales

## Article 1 : Définitions

- **Client** : toute personne physique ou morale, particulier ou professionnel, qui commande une intervention.

## Article 2 : Paiement

Nos tarifs sont indiqués toutes taxes comprises. Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.
`;

  it("are for both kinds of client, and the note quotes the definition without its markdown emphasis", () => {
    const [result] = lint({ "cgv.md": TEXT });
    expect(result!.messages.find((m) => m.ruleId === "scope-inferred")?.message).toContain(
      "public : consommateurs et professionnels (déduit de « Client : toute personne physique ou morale, particulier ou professionnel », l. 5)",
    );
  });
});
