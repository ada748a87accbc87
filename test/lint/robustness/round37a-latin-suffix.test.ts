// Round T37a (issue #11, deliverable 5): a statute's article with a Latin suffix (« article 56bis du Code de la TVA »,
// « art. 5 ter de la loi ») is another text's article, not a reference to a clause of the terms. Every text is written
// for this battery; 3 of its 6 cases failed on main's code (b38828f).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const AS_OF = "2026-03-15";
const terms = (body: string) =>
  `# Conditions générales\n\n## Article 1 – Objet\n\nDes cours de poterie pour adultes.\n\n## Article 2 – Prix\n\nLes prix sont en euros.\n\n## Article 3 – Divers\n\n${body}\n`;
const ref = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "clause-reference-broken", reports, audience: "b2b", asOf: AS_OF, text: terms(body) });

describe("round T37a battery: an article with a Latin suffix names another text when a code or an act follows", () => {
  runCases([
    ref("« article 56bis du Code de la TVA » is the Belgian VAT code's", false, "TVA non applicable (régime de la franchise, article 56bis du Code de la TVA)."),
    ref("« art. 5 ter de la loi du 6 janvier 1978 » is the act's", false, "Les données sont traitées selon l'art. 5 ter de la loi du 6 janvier 1978."),
    ref("« article 12 quater du règlement intérieur » is another document's", false, "Les horaires suivent l'article 12 quater du règlement intérieur de l'atelier."),
    ref("« l'article 9 bis ci-dessous » with no such clause is still a clause reference", true, "Les remises sont décrites à l'article 9 bis ci-dessous."),
    ref("« article 2 » of the terms still names its clause", false, "Les prix de l'article 2 s'appliquent aux stages."),
    ref("« l'article 7 » names nothing", true, "Les annulations suivent l'article 7."),
  ]);
});
