// Citations of code articles and the courts and laws named in clause prose (src/lint/scan/citations.ts, courts.ts, renumbered.ts).
import { describe, expect, it } from "vitest";
import { findCitations, printArticle } from "../../../src/lint/scan/citations.js";
import { cityKey, findCourtMentions, findLawChoices, isCourtChoice, lawAdjective, saysExclusive } from "../../../src/lint/scan/courts.js";
import { frenchDate } from "../../../src/lint/scan/renumbered.js";
import type { LintClause } from "../../../src/lint/types.js";

// The scanners read only the body and title of a clause.
const clause = (body: string, title = ""): LintClause => ({ body, title }) as LintClause;
const cited = (...bodies: string[]) =>
  findCitations(bodies.map((b) => clause(b))).map((c) => ({ numbers: c.articles.map((a) => a.number), attribution: c.attribution }));

describe("findCitations", () => {
  it("reads the number, the code named after it and the code's abbreviations", () => {
    expect(cited("Selon l'article 1148 du Code civil et l'art. L. 441-6 C. com., puis l'article L221-18 du code de la consommation.")).toEqual([
      { numbers: ["1148"], attribution: "civil" },
      { numbers: ["L441-6"], attribution: "commerce" },
      { numbers: ["L221-18"], attribution: "consommation" },
    ]);
  });

  it("reads lists of articles, « n° », and a code named before the citation", () => {
    expect(cited("Articles 1147 et 1148 du Code civil ; C. civ., art. 1152 ; article n° 12 de la loi.")).toEqual([
      { numbers: ["1147", "1148"], attribution: "civil" },
      { numbers: ["1152"], attribution: "civil" },
      { numbers: ["12"], attribution: "other" },
    ]);
  });

  it("resolves « du même code » to the code named before, even in an earlier clause", () => {
    expect(cited("L'article 1148 du Code civil s'applique.", "Voir aussi l'article 1152 du même code.")).toEqual([
      { numbers: ["1148"], attribution: "civil" },
      { numbers: ["1152"], attribution: "civil" },
    ]);
  });

  it("tells the articles of the document itself and bare numbers apart", () => {
    expect(cited("Voir l'article 5 ci-dessous. L'article 7 s'applique.")).toEqual([
      { numbers: ["5"], attribution: "internal" },
      { numbers: ["7"], attribution: "bare" },
    ]);
  });

  it("keeps the paragraph cited (« L. 441-6 VI », « alinéa 2 »), with offsets into the body", () => {
    const body = "L'article L. 441-6 VI du Code de commerce et l'article 1152 alinéa 2 du Code civil.";
    const [first, second] = findCitations([clause(body)]);
    expect(first!.articles[0]).toMatchObject({ raw: "L. 441-6", number: "L441-6", part: "VI" });
    expect(body.slice(first!.start, first!.end)).toBe("article L. 441-6 VI");
    expect(second!.articles[0]).toMatchObject({ number: "1152", part: "alinéa 2" });
  });

  it("reads a number written without its L when the code is named in the sentence or the clause", () => {
    expect(cited("Conformément à l'article 441-6 du Code de commerce, des pénalités sont dues.")).toEqual([{ numbers: ["L441-6"], attribution: "commerce" }]);
    expect(cited("Le Code de commerce s'applique aux ventes. Les pénalités suivent l'article 441-10.")).toEqual([{ numbers: ["L441-10"], attribution: "commerce" }]);
    expect(cited("Selon l'article 121-20-2 du Code de la consommation, le droit de rétractation ne s'applique pas.")).toEqual([{ numbers: ["L121-20-2"], attribution: "consommation" }]);
  });

  it("reads a number without its L as a Code de commerce article when the subject makes it plain", () => {
    expect(cited("Des pénalités de retard sont dues (article 441-6).")).toEqual([{ numbers: ["L441-6"], attribution: "commerce" }]);
    expect(cited("Une indemnité forfaitaire de 40 € est due en application de l'art. 441-10.")).toEqual([{ numbers: ["L441-10"], attribution: "commerce" }]);
    expect(cited("Les délais de paiement respectent l'article 441-6.")).toEqual([{ numbers: ["L441-6"], attribution: "commerce" }]);
    expect(cited("Le consommateur exerce son droit de rétractation dans les conditions de l'article 121-21.")).toEqual([{ numbers: ["L121-21"], attribution: "consommation" }]);
    // Both subjects at once: no code is implied.
    expect(cited("Le consommateur ne doit pas d'indemnité forfaitaire (article 441-6).")).toEqual([{ numbers: ["441-6"], attribution: "bare" }]);
    // Near misses: a number of the document, a bare number with no subject.
    expect(cited("Les pénalités de retard sont prévues à l'article 4.1.")).toEqual([{ numbers: ["4"], attribution: "bare" }]);
    expect(cited("L'article 441-6 s'applique.")).toEqual([{ numbers: ["441-6"], attribution: "bare" }]);
  });

  it("reads the L written « L.441-6 », « L 441-6 », « L. 441-6 », with non-breaking spaces and « et suivants »", () => {
    expect(cited("Art. L.441-6 ; article L 441-6 ; article L.\u00a0441\u20116 ; article L441-6 et suivants du Code de commerce.")).toEqual([
      { numbers: ["L441-6"], attribution: "bare" },
      { numbers: ["L441-6"], attribution: "bare" },
      { numbers: ["L441-6"], attribution: "bare" },
      { numbers: ["L441-6"], attribution: "commerce" },
    ]);
    // No citation in a page number, a price or a phone number.
    expect(cited("Voir page 441-6 ; prix 441,60 € ; tél. 01 41 44 16 16.")).toEqual([]);
  });

  it("printArticle writes the number as the codes print it", () => {
    expect(printArticle("L441-10")).toBe("L. 441-10");
    expect(printArticle("1218")).toBe("1218");
  });

  it("frenchDate writes a date in French, « 1er » for the first of the month", () => {
    expect(frenchDate("2016-10-01")).toBe("1er octobre 2016");
    expect(frenchDate("2020-01-15")).toBe("15 janvier 2020");
  });
});

describe("courts and governing law", () => {
  it("finds a court named by its place, and the courts of the seller's office", () => {
    const c = clause("Tout litige relève du Tribunal de commerce de Lorient. À défaut, les juridictions du ressort du siège social sont compétentes.");
    expect(findCourtMentions(c).map((m) => ({ text: m.text, city: m.cityKey, office: m.sellerOffice, country: m.country }))).toEqual([
      { text: "Tribunal de commerce de Lorient", city: "lorient", office: false, country: "FR" },
      { text: "juridictions du ressort du siège social", city: undefined, office: true, country: undefined },
    ]);
  });

  it("a registry is not a court choice, and a court named outside a sentence about disputes is not chosen", () => {
    expect(findCourtMentions(clause("Immatriculée au greffe du tribunal de commerce de Nantes."))).toEqual([]);
    const [visit] = findCourtMentions(clause("Nos bureaux sont en face du Tribunal de commerce de Nantes."));
    expect(isCourtChoice(visit!)).toBe(false);
    const [choice] = findCourtMentions(clause("Seuls les tribunaux de Luxembourg-Ville sont compétents."));
    expect(choice).toMatchObject({ cityKey: "luxembourg", country: "LU" });
    expect(isCourtChoice(choice!)).toBe(true);
  });

  it("reads the common phrasings of a forum clause as choosing a court", () => {
    const chosen = (body: string) => findCourtMentions(clause(body)).filter(isCourtChoice).map((m) => ({ text: m.text, city: m.cityKey }));
    expect(chosen("Pour tout litige, la juridiction compétente est celle de Rennes.")).toEqual([{ text: "juridiction compétente est celle de Rennes", city: "rennes" }]);
    expect(chosen("Les différends relèvent des tribunaux du ressort de Bordeaux.")).toEqual([{ text: "tribunaux du ressort de Bordeaux", city: "bordeaux" }]);
    expect(chosen("Les litiges relèvent des tribunaux du ressort de la cour d'appel de Douai.")).toEqual([{ text: "tribunaux du ressort de la cour d'appel de Douai", city: "douai" }]);
    expect(chosen("Compétence exclusive est attribuée aux tribunaux de Lyon.")).toEqual([{ text: "tribunaux de Lyon", city: "lyon" }]);
    expect(chosen("Le tribunal de commerce de Reims sera seul compétent.")).toEqual([{ text: "tribunal de commerce de Reims", city: "reims" }]);
    expect(chosen("Les contestations seront portées devant les juridictions de Tours.")).toEqual([{ text: "juridictions de Tours", city: "tours" }]);
    // "celle du Tribunal de commerce de Reims" names the court after "celle": one court, not a place called "Tribunal".
    expect(chosen("La juridiction compétente est celle du Tribunal de commerce de Reims.")).toEqual([{ text: "Tribunal de commerce de Reims", city: "reims" }]);
    expect(findCourtMentions(clause("La juridiction compétente est celle du siège social du vendeur.")).map((m) => m.sellerOffice)).toEqual([true]);
    // Near misses: a court's address, a registry in the same words.
    expect(chosen("Notre boutique est située à deux pas des tribunaux du quartier de Nantes.")).toEqual([]);
    expect(chosen("Société immatriculée au registre du commerce du ressort de Lille.")).toEqual([]);
  });

  it("cityKey compares places whatever their article or suffix", () => {
    expect(cityKey("Le Havre")).toBe(cityKey("havre"));
    expect(cityKey("Luxembourg-Ville")).toBe(cityKey("Luxembourg"));
  });

  it("finds a choice of law only where the words choose it", () => {
    expect(findLawChoices(clause("Les présentes sont soumises au droit français.")).map((m) => m.country)).toEqual(["FR"]);
    expect(findLawChoices(clause("Nous parlons de droit belge en réunion."))).toEqual([]);
    expect(lawAdjective("LU")).toBe("droit luxembourgeois");
    expect(saysExclusive("compétence exclusive est attribuée")).toBe(true);
  });
});
