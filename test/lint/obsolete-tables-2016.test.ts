// Entries added to the 2016 renumbering tables (Code de la consommation, Code civil) and the typographies terms
// cite them in. Wording written for these tests.
import { describe, expect, it } from "vitest";
import civilRule from "../../src/lint/rules/obsolete-civil-code-article.js";
import consumerRule from "../../src/lint/rules/obsolete-consumer-code-article.js";
import { lintProse } from "./helpers.js";

const consumer = (title: string, body: string) => lintProse(`# Article 4 : ${title}\n\n${body}\n`, consumerRule, { audience: "b2c" });
const civil = (title: string, body: string) => lintProse(`# Article 9 : ${title}\n\n${body}\n`, civilRule);
const suggested = (m: { suggestions?: { fix: { text: string } }[] } | undefined) => m?.suggestions?.map((s) => s.fix.text);

describe("Code de la consommation 2016: delivery, withdrawal, prescription", () => {
  it("reads « L 138-2 » and « L 138-3 » (a space, no dot) in one delivery sentence: two reports, new numbers suggested", () => {
    const messages = consumer(
      "Livraison",
      "Si le colis tarde, l'acheteur peut annuler sa commande selon l'article L 138-2 du Code de la consommation ; nous lui rendrons alors son paiement comme le prévoit l'article L 138-3 du même code, remboursement compris.",
    );
    expect(messages.map((m) => m.ruleId)).toEqual(["obsolete-consumer-code-article", "obsolete-consumer-code-article"]);
    expect(suggested(messages[0])).toEqual(["216-2"]);
    expect(suggested(messages[1])).toEqual(["216-3"]);
    // The 2021 reform moved these rules: the message says so instead of offering a blind rewrite.
    expect(messages[0]!.fix).toBeUndefined();
    expect(messages[0]!.message).toContain("2021-1247");
  });

  it("reports L. 121-20-2 (withdrawal exceptions, repealed in 2014) and points to L221-28", () => {
    const [m, ...rest] = consumer("Rétractation", "Conformément à l'article L. 121-20-2 du Code de la consommation, la rétractation ne peut être exercée pour les vidéos déjà consultées : ce service est exclu.");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "obsolete-consumer-code-article", fix: { text: "221-28" } });
  });

  it("rewrites L121-21-4 (refund after withdrawal), L121-21-3 (returning the goods), L121-21-2 (the form), L121-17 (pre-contract information)", () => {
    const [refund] = consumer("Remboursement", "Après rétractation, le vendeur rembourse toutes les sommes versées sous quatorze jours (art. L121-21-4 C. consom.).");
    expect(refund).toMatchObject({ fix: { text: "221-24" } });
    const [goods] = consumer("Retour", "Le client renvoie les biens à ses frais, les frais de retour restant à sa charge (article L121-21-3 du Code de la consommation).");
    expect(goods).toMatchObject({ fix: { text: "221-23" } });
    const [form] = consumer("Rétractation", "Le client peut utiliser le formulaire de rétractation ou toute déclaration dénuée d'ambiguïté (article L121-21-2 du Code de la consommation).");
    expect(form).toMatchObject({ fix: { text: "221-21" } });
    const [info] = consumer("Information", "Les informations précontractuelles sont données avant la conclusion du contrat, de manière lisible et compréhensible (article L121-17 du Code de la consommation).");
    expect(info).toMatchObject({ fix: { text: "221-5" } });
    const [started] = consumer("Prestations", "Si le client demande que le service commence avant la fin du délai de rétractation, il paie un montant correspondant au service fourni (art. L. 121-21-5 du Code de la consommation).");
    expect(started).toMatchObject({ fix: { text: "221-25" } });
    const [guarantees] = consumer("Garanties", "Nos conditions générales de vente mentionnent la garantie légale de conformité, comme l'exige l'article L133-3 du Code de la consommation.");
    expect(guarantees).toMatchObject({ fix: { text: "211-2" } });
  });

  it("rewrites L137-2 (two-year limitation of the seller's claims) to L218-2", () => {
    const [m] = consumer("Prescription", "Notre action en paiement se prescrit par deux ans (article L.137-2 du Code de la consommation).");
    expect(m).toMatchObject({ fix: { text: "218-2" } });
  });

  it("reads a range « art. L. 211-4 à -14 » and « articles L211-4 et suivants » as one citation of its first article", () => {
    const [range, ...rest] = consumer("Garanties", "Le client bénéficie de la garantie légale prévue aux art. L. 211-4 à -14 du Code de la consommation.");
    expect(rest).toEqual([]);
    expect(suggested(range)).toEqual(["217-4"]);
    const [following, ...more] = consumer("Garanties", "La garantie légale des articles L211-4 et suivants du Code de la consommation s'applique.");
    expect(more).toEqual([]);
    expect(suggested(following)).toEqual(["217-4"]);
    expect(consumer("Garanties", "La garantie légale des articles L211-4 à L211-14 du Code de la consommation s'applique.")).toHaveLength(1);
  });

  it("says nothing when the text itself marks the number as old (« ancien », « ex- », « devenu »)", () => {
    expect(consumer("Prescription", "L'action se prescrit par deux ans (ancien article L. 137-2 du Code de la consommation, aujourd'hui L. 218-2).")).toEqual([]);
    expect(consumer("Prescription", "L'action se prescrit par deux ans (article L. 137-2, devenu L. 218-2, du Code de la consommation).")).toEqual([]);
    expect(consumer("Remboursement", "Le remboursement intervient sous quatorze jours (ex-article L121-21-4 du Code de la consommation).")).toEqual([]);
    // Numbers the table held before: the same sentences without « ancien » / « devenu » are reported.
    expect(consumer("Rétractation", "Le délai de rétractation est de quatorze jours (ancien article L. 121-21 du Code de la consommation).")).toEqual([]);
    expect(consumer("Rétractation", "Le délai de rétractation est de quatorze jours (article L. 121-21, devenu L. 221-18, du Code de la consommation).")).toEqual([]);
    expect(consumer("Rétractation", "Le délai de rétractation est de quatorze jours (article L. 121-21 du Code de la consommation).")).toHaveLength(1);
  });

  it("keeps the subject check: L138-2 cited about something else is not reported", () => {
    expect(consumer("Divers", "Le présent contrat est soumis à l'article L 138-2 du Code de la consommation pour la conservation des données.")).toEqual([]);
  });
});

describe("Code civil 2016: proof, default notice, damages", () => {
  it("reads « article 1348 du Code civil » about a faithful and durable copy as the copy rule (1379), not 1360", () => {
    const [m, ...rest] = civil("Archivage", "Les factures sont archivées sur un support fiable et durable, copie fidèle des originaux, conformément à l'article 1348 du Code civil.");
    expect(rest).toEqual([]);
    expect(suggested(m)).toEqual(["1379"]);
    expect(m!.fix).toBeUndefined();
    expect(m!.message).toContain("relève désormais de l'article 1379. Remplacez « 1348 » par « 1379 »");
    const [impossible] = civil("Preuve", "Faute d'avoir pu se procurer un écrit (impossibilité matérielle ou morale), la preuve est libre : C. civ., art. 1348.");
    expect(suggested(impossible)).toEqual(["1360"]);
  });

  it("reads « C. civ., art. 1139 » (default notice), « article 1347 du Code civil » (beginning of written proof), art. 1149 (lost profit)", () => {
    const [notice] = civil("Retard", "Le client est constitué en demeure par la seule échéance du terme (C. civ., art. 1139).");
    expect(notice).toMatchObject({ fix: { text: "1344" } });
    const [proof] = civil("Preuve", "Un courriel du client vaut commencement de preuve par écrit au sens de l'article 1347 du Code civil.");
    expect(proof).toMatchObject({ fix: { text: "1362" } });
    const [damages] = civil("Responsabilité", "L'indemnité couvre la perte subie et le gain manqué (article 1149 du Code civil).");
    expect(damages).toMatchObject({ fix: { text: "1231-2" } });
  });

  it("reads old article 1231 (partial performance reduces the penalty) but not the new 1231 (notice before damages)", () => {
    const [m] = civil("Clause pénale", "En cas d'exécution partielle, la peine convenue peut être diminuée par le juge (article 1231 du Code civil).");
    expect(m).toMatchObject({ fix: { text: "1231-5" } });
    expect(civil("Dommages", "Les dommages et intérêts ne sont dus que si le débiteur a été mis en demeure, sauf inexécution définitive (article 1231 du Code civil).")).toEqual([]);
  });

  it("says nothing for « l'ancien article 1348 (or 1148) du Code civil »", () => {
    expect(civil("Archivage", "Les copies fidèles et durables valaient preuve sous l'ancien article 1348 du Code civil.")).toEqual([]);
    expect(civil("Force majeure", "La force majeure s'entendait au sens de l'ancien article 1148 du Code civil.")).toEqual([]);
    expect(civil("Force majeure", "La force majeure s'entend au sens de l'article 1148 du Code civil.")).toHaveLength(1);
  });
});
