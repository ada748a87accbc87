// Round T37e (issue #11, deliverable 5): a withdrawal right ruled out in the feminine (« la faculté de rétractation ne
// peut être exercée », « la rétractation est exclue ») is ruled out as « le droit … ne peut être exercé » is. Every text
// is written for this battery; 2 of its 5 cases failed on main's code (b60656e).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const HEAD = "# Conditions générales de vente\n\n## 1. Commande\n\nLes billets se commandent en ligne sur notre site internet et se paient par carte.\n\n## 2. Rétractation\n\n";
const fn = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "withdrawal-function-info-missing", reports, audience: "b2c", asOf: "2026-07-01", text: HEAD + body + "\n" });
const info = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "consumer-withdrawal-info-missing", reports, audience: "b2c", asOf: "2025-03-01", text: "# Conditions générales de vente\n\n## 1. Commande\n\nLes bougies se commandent en ligne sur notre site internet et se paient par carte.\n\n## 2. Retours\n\n" + body + "\n" });

describe("round T37e battery: the right ruled out in the feminine", () => {
  runCases([
    fn("« la faculté de rétractation ne peut être exercée » for dated tickets owes no function", false, "Conformément à l'article L221-28 du Code de la consommation, la faculté de rétractation ne peut être exercée pour les billets de spectacle datés."),
    fn("« le droit de rétractation ne peut être exercé » as before", false, "Conformément à l'article L221-28 du Code de la consommation, le droit de rétractation ne peut être exercé pour les billets de spectacle datés."),
    fn("a right granted still owes the function", true, "Vous disposez d'un délai de quatorze jours pour exercer votre droit de rétractation, sans motif."),
    info("an exception for made-to-order items stretched to every item, in the feminine", true, "La rétractation est exclue pour les articles personnalisés. Par conséquent, aucun retour n'est accepté."),
    info("the same exception, not stretched", false, "La rétractation est exclue pour les articles personnalisés. Vous disposez de quatorze jours pour retourner les autres articles, à vos frais, avec le formulaire joint."),
  ]);
});
