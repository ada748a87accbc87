// Round T37g (issue #11, deliverable 5): « de son choix » keeps the consumer's own court only when a court is chosen
// (« le consommateur peut saisir le tribunal de son choix »), not when it is the adviser of an amicable settlement
// (« une association de consommateurs ou tout autre conseil de son choix »). Every text is written for this battery;
// 2 of its 5 cases failed on main's code (9240387).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const terms = (body: string) => `# Conditions générales de vente\n\n## 1. Objet\n\nLa vente de miel en ligne aux particuliers. Le présent contrat est régi par le droit français.\n\n## 9. Litiges\n\n${body}\n`;
const forum = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "jurisdiction-clause-consumer", reports, audience: "b2c", asOf: "2025-03-01", text: terms(body) });

describe("round T37g battery: the adviser of one's choice is not the court of one's choice", () => {
  runCases([
    forum("an association de consommateurs « ou tout autre conseil de son choix », then the seller's court", true, "Avant toute action, l'acheteur peut rechercher une solution amiable avec une association de consommateurs ou tout autre conseil de son choix. À défaut, le tribunal compétent sera celui du siège du vendeur."),
    forum("« avec l'aide d'un conseil de son choix » beside « consommateurs », then the Tribunal de commerce de Lyon", true, "Le client, s'il le souhaite, se fait aider par une association de consommateurs ou par le conseil de son choix. Tout litige relève du Tribunal de commerce de Lyon."),
    forum("« le consommateur peut saisir le tribunal de son choix »", false, "Tout litige relève du Tribunal judiciaire de Lyon ; le consommateur peut toutefois saisir le tribunal de son choix parmi ceux que la loi désigne."),
    forum("« le consommateur peut saisir la juridiction du lieu où il demeurait »", false, "Tout litige relève du Tribunal judiciaire de Lyon ; le consommateur peut saisir la juridiction du lieu où il demeurait lors de la conclusion du contrat."),
    forum("the adviser alone, no court chosen", false, "L'acheteur peut rechercher une solution amiable avec une association de consommateurs ou tout autre conseil de son choix."),
  ]);
});
