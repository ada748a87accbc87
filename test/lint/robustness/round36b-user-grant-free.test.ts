// Round T36b (issue #11): what the user grants for free is no free service. « Vous autorisez l'école à utiliser les photos
// de votre image … sans contrepartie financière », « le stagiaire cède à titre gratuit ses droits à l'image »: the words
// « sans contrepartie financière » there describe the consumer's own grant (an image right, a licence of its content),
// not the service it buys. Terms that sell lessons, camps or classes to individuals for a deposit (« règlement d'arrhes »,
// « versement d'un acompte ») still owe the consumer mediator's name and website (C. conso L612-1, L616-1, R616-1).
// A service truly offered without payment (« les ateliers sont fournis sans contrepartie financière ») still sells nothing.
// Every text is written for this battery; none is copied from the corpus. See docs/accuracy.md « Round T36b ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// 18 of the 27 cases failed on the branch point's code (0362d8e) before the fix: every must-report case; none is left.
const KNOWN_FAILURES = new Set<string>([]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

const RULE = "consumer-mediator-missing";

const SERVICES: [string, string][] = [
  ["école de voile", "Toute inscription aux stages de l'école de voile Ventamar doit être accompagnée d'un règlement d'arrhes ; le solde est payé le premier jour du stage."],
  ["cours de danse", "L'inscription aux cours de danse de l'atelier Pas de Deux est validée par le versement d'un acompte, le reste étant dû au premier cours."],
  ["séjour linguistique", "La réservation du séjour linguistique est confirmée à réception du paiement des arrhes indiquées sur le bulletin."],
];

const GRANTS: [string, string][] = [
  ["vous autorisez … photos … sans contrepartie financière", "En vous inscrivant, vous autorisez l'organisateur à prendre et diffuser les photos et vidéos des séances, sans contrepartie financière."],
  ["cède ses droits à l'image", "Le participant cède sans contrepartie financière ses droits à l'image pour les supports de communication de la structure."],
  ["consent à l'utilisation de son image", "Chaque élève consent à l'utilisation de son image dans nos brochures, sans aucune contrepartie financière."],
];

type Layout = (title: string, body: string, n: number) => string;
const LAYOUTS: [string, Layout][] = [
  ["### T", (t, b) => `### ${t}\n\n${b}\n`],
  ["## Article N – T", (t, b, n) => `## Article ${n} – ${t}\n\n${b}\n`],
  ["**T** inline", (t, b) => `**${t}.** ${b}\n`],
];

const terms = (service: string, grant: string, layout: Layout) =>
  [
    "# Conditions et règlement intérieur",
    "",
    layout("Inscription", service, 1),
    layout("Annulation", "Les séances annulées par la structure pour cause de météo sont reportées ou remboursées.", 2),
    layout("Droit à l'image", grant, 3),
  ].join("\n");

describe("round T36b: a grant given by the user for free leaves the service sold", () => {
  const cases: WordingCase[] = [];
  for (const [sName, service] of SERVICES)
    for (const [gName, grant] of GRANTS)
      for (const [lName, layout] of LAYOUTS.slice(0, 2))
        cases.push({ name: `${sName} | ${gName} | ${lName}`, text: terms(service, grant, layout), rule: RULE, reports: true, audience: "b2c" });
  // Must not report: the service itself is free, and no deposit nor price is paid.
  for (const [lName, layout] of LAYOUTS)
    for (const [fName, free] of [
      ["ateliers sans contrepartie financière", "Les ateliers d'initiation sont fournis sans contrepartie financière à tous les habitants du quartier."],
      ["le service est gratuit", "Le service de prêt de planches est entièrement gratuit pour les adhérents."],
      ["propose gratuitement", "L'association propose gratuitement des sorties découverte aux familles."],
    ] as const)
      cases.push({
        name: `${fName} | ${lName}`,
        text: ["# Conditions d'accès", "", layout("Objet", free, 1), layout("Droit à l'image", GRANTS[0]![1], 2)].join("\n"),
        rule: RULE,
        reports: false,
        audience: "b2c",
      });
  run(cases);
});
