// Round T37i (issue #11; legal data dated): the withdrawal period is 14 days for contracts concluded from 14 June 2014
// (loi n° 2014-344); before, it was 7 days (old L121-20). Terms judged before that date that give 7 days said the law; a
// shorter period was already too short. Every text is written for this battery; 3 of its 5 cases failed on main's code
// (d674186).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const terms = (body: string) => `# Conditions générales de vente\n\n## 1. Commande\n\nLes commandes se passent en ligne sur notre site internet.\n\n## 2. Rétractation\n\n${body}\n`;
const period = (name: string, asOf: string, reports: boolean, body: string, says?: RegExp): WordingCase => ({ name, rule: "consumer-withdrawal-info-missing", reports, audience: "b2c", asOf, text: terms(body), ...(says ? { says } : {}) });

describe("round T37i battery: the withdrawal period as the law gave it on the date judged", () => {
  runCases([
    period("7 days judged in October 2010 was the law", "2010-10-20", false, "Le client dispose d'un délai de rétractation de sept jours francs à compter de la livraison."),
    period("7 days judged on 13 June 2014 was still the law", "2014-06-13", false, "Le client dispose d'un délai de rétractation de 7 jours à compter de la livraison."),
    period("7 days judged on 14 June 2014 is obsolete", "2014-06-14", true, "Le client dispose d'un délai de rétractation de 7 jours à compter de la livraison.", /loi Hamon/),
    period("5 days judged in 2010 was already too short, against 7", "2010-10-20", true, "Le client dispose d'un délai de rétractation de 5 jours à compter de la livraison.", /la loi en donne 7/),
    period("10 days judged in 2020 is too short, against 14", "2020-05-01", true, "Le client dispose d'un délai de rétractation de 10 jours à compter de la livraison.", /la loi en donne 14/),
  ]);
});
