// Audience inference from a prose text's words (src/lint/scope/audience.ts, docs/scope.md). Every
// text here is written for the test.
import { describe, expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";

const audience = (text: string) => inferAudience(text).audience;
const evidence = (text: string) => inferAudience(text).evidence.map((e) => e.text);

describe("consumer markers → b2c", () => {
  it.each([
    "Le consommateur dispose d'un délai de quatorze jours pour se rétracter.",
    "Nos bijoux sont vendus aux particuliers sur notre site.",
    "L'acheteur non-professionnel bénéficie de la garantie.",
    "Le client exerce son droit de rétractation par courriel.",
    "Le client peut recourir au médiateur de la consommation.",
    "Le vendeur répond de la garantie légale de conformité.",
    "Le client est une personne physique agissant à des fins non professionnelles.",
    "Le client est une personne physique agissant à des fins qui n'entrent pas dans le cadre de son activité commerciale.",
  ])("%s", (text) => {
    expect(audience(text)).toBe("b2c");
  });

  it("« en particulier » is not a consumer", () => {
    expect(audience("Ces conditions couvrent en particulier la maintenance.")).toBeUndefined();
  });
});

describe("professional markers → b2b", () => {
  it.each([
    "Les présentes régissent les relations entre professionnels.",
    "Nos offres s'adressent aux clients professionnels.",
    "Le bon de commande porte le SIRET du client.",
    "Le client agit en qualité de professionnel.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40 €.",
    "Les pénalités de retard sont dues de plein droit, conformément à l'article L441-10 du Code de commerce.",
  ])("%s", (text) => {
    expect(audience(text)).toBe("b2b");
  });
});

describe("both kinds → mixed", () => {
  it("a consumer marker and a professional one", () => {
    const text = "Le consommateur dispose d'un droit de rétractation.\n\nEntre professionnels, une indemnité forfaitaire de 40 € est due.";
    expect(audience(text)).toBe("mixed");
    expect(evidence(text)).toEqual(["consommateur", "Entre professionnels"]);
  });

  it("one sentence naming individuals and businesses", () => {
    expect(audience("Nous servons des particuliers et des petites entreprises.")).toBe("mixed");
  });
});

describe("an explicit scope sentence wins", () => {
  it("exclusively professionals, even with consumer words elsewhere", () => {
    const text = "Les présentes CGV s'appliquent exclusivement aux professionnels.\n\nLe droit de rétractation prévu pour le consommateur ne s'applique pas.";
    expect(audience(text)).toBe("b2b");
    expect(evidence(text)).toEqual(["exclusivement aux professionnels"]);
  });

  it("exclusively consumers, even with the 40 € indemnity written", () => {
    expect(audience("Les présentes CGV sont réservées aux consommateurs. Une indemnité forfaitaire de 40 € est due en cas de retard.")).toBe("b2c");
  });

  it("« ne s'appliquent pas aux consommateurs » means professionals", () => {
    expect(audience("Les présentes conditions ne s'appliquent pas aux consommateurs.")).toBe("b2b");
  });

  it("a negated scope (« ne sont pas réservées aux professionnels ») scopes nothing", () => {
    expect(audience("Nos offres ne sont pas réservées aux professionnels. Le consommateur peut se rétracter.")).toBe("b2c");
  });
});

describe("markers in negative sentences do not count", () => {
  it("« Absence de droit de rétractation » alone tells nothing", () => {
    expect(audience("Absence de droit de rétractation.\n\nLe prix est payable à la commande.")).toBeUndefined();
  });
});

it("nothing tells → undefined, presumed for consumers (round T5: no sign of a professional client)", () => {
  expect(inferAudience("Le prix est payable à la commande.")).toEqual({ evidence: [], presumed: "b2c" });
});

describe("weaker hints and quoted law", () => {
  it("reads « droit de rétraction », a common misspelling, as the consumer's right", () => {
    expect(inferAudience("Le Client dispose d'un droit de rétraction de quatorze jours.").audience).toBe("b2c");
  });

  it("reads prices before tax or invoices paid at a term as the trade's ways, when nothing else speaks", () => {
    expect(inferAudience("Nos tarifs sont indiqués en euros hors taxes.").audience).toBe("b2b");
    expect(inferAudience("Le tarif de l'audit est de 1 200 € HT par jour.").audience).toBe("b2b");
    expect(inferAudience("Les factures sont payables à 45 jours fin de mois.").audience).toBe("b2b");
  });

  it("reads a basket or delivery costs as a shop's, and leaves both kinds of hints undecided", () => {
    expect(inferAudience("Ajoutez les articles à votre panier puis validez la commande.").audience).toBe("b2c");
    expect(inferAudience("Les frais de port sont offerts dès 50 €. Les prix sont hors taxes.").audience).toBeUndefined();
  });

  it("does not let a marker speak over a clear one: hints are read only when no marker is found", () => {
    expect(inferAudience("Les prix sont hors taxes. Les présentes conditions sont réservées aux consommateurs.").audience).toBe("b2c");
  });

  it("does not read the words of a quoted article (a blockquote) as the terms' audience", () => {
    const quoted = "Rappel de la loi :\n\n> le professionnel prestataire de services informe le consommateur par écrit\n\nLes prestations sont facturées à 30 jours.\n";
    expect(inferAudience(quoted).audience).toBe("b2b");
    expect(inferAudience("> le consommateur peut saisir le médiateur\n").audience).toBeUndefined();
  });
});

describe("markers broken across lines", () => {
  it("reads a marker wrapped at 80 columns or pasted from a PDF", () => {
    expect(inferAudience("tout professionnel en retard est débiteur d'une indemnité forfaitaire pour\n   frais de recouvrement de 40 €.").audience).toBe("b2b");
    expect(inferAudience("Les présentes conditions sont réservées\n\naux consommateurs.").audience).toBe("b2c");
  });
});

describe("consumers named beside the trade's ways", () => {
  it("reads terms that admit private clients and price before tax as for both", () => {
    expect(inferAudience("Si le Client est un particulier, il reconnaît être majeur. Les tarifs sont indiqués hors taxes.").audience).toBe("mixed");
    expect(inferAudience("Si le Client est un particulier, il reconnaît être majeur. Les factures sont payables à 30 jours.").audience).toBe("mixed");
  });

  it("keeps a shop that names consumers and its delivery costs for consumers", () => {
    expect(inferAudience("Le consommateur dispose de 14 jours. Les frais de livraison sont indiqués au panier.").audience).toBe("b2c");
  });
});

describe("hints with a reservation", () => {
  it("still reads « à réception de facture sauf contre-indication » as an invoice paid at a term", () => {
    expect(inferAudience("Les délais de paiement sont à réception de facture sauf contre-indication sur la facture elle-même.").audience).toBe("b2b");
    expect(inferAudience("Le paiement n'est pas à réception de facture : il se fait à la commande.").audience).toBeUndefined();
  });
});

describe("cues of the trade and of the home (review 2026-12-06b)", () => {
  it("reads the ECB rate plus points, the late-payment rate between professionals, as a professional marker", () => {
    expect(audience("En cas de retard, les sommes dues portent intérêt au taux de refinancement de la BCE majoré de dix points.")).toBe("b2b");
    expect(audience("Tout retard fait courir des intérêts au taux appliqué par la Banque centrale européenne, majoré de 10 points.")).toBe("b2b");
  });

  it("reads « l'article 441-6 » without its letter beside late-payment penalties", () => {
    expect(audience("Des pénalités de retard, calculées sur le montant restant dû, sont exigibles de plein droit selon l'article 441-6 du Code de commerce.")).toBe("b2b");
  });

  it("lets only the marker's own clause negate a professional marker in a long sentence", () => {
    const text = "Tout retard entraîne des pénalités dont le taux ne peut être inférieur à trois fois le taux légal, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement.";
    expect(audience(text)).toBe("b2b");
    expect(audience("Pour ces ateliers, l'indemnité forfaitaire de 40 € ne sera pas réclamée.")).toBeUndefined();
  });

  it("reads consumer-code articles invoked for the client as a consumer marker, unless negated", () => {
    expect(audience("La garantie est due au client dans les conditions des articles L217-3 et suivants du Code de la consommation.")).toBe("b2c");
    expect(audience("Les articles L221-18 et suivants du Code de la consommation ne sont pas applicables aux présentes.")).toBeUndefined();
  });

  it("reads prices « exprimés HT », a term counted from the invoice and a stamped order as the trade's hints", () => {
    expect(audience("Nos honoraires sont exprimés HT.")).toBe("b2b");
    expect(audience("Paiement : 15 jours (à compter de la date de facturation).")).toBe("b2b");
    expect(audience("Le règlement intervient au plus tard 20 jours après l'émission de la facture.")).toBe("b2b");
    expect(audience("Le client retourne le devis daté, signé et tamponné.")).toBe("b2b");
  });

  it("does not read a withdrawal period counted from receipt of the goods as an invoice term", () => {
    expect(audience("Le client a 14 jours à compter de la date de réception du colis pour nous écrire.")).toBeUndefined();
  });

  it("reads a service at the client's home as a consumer hint, not « élection de domicile »", () => {
    expect(audience("Les séances ont lieu au domicile du client ou dans notre salle.")).toBe("b2c");
    expect(audience("Le masseur se déplace à domicile sur rendez-vous.")).toBe("b2c");
    expect(audience("Les parties font élection de domicile en leur siège.")).toBeUndefined();
    expect(audience("Le tribunal compétent est celui du domicile du défendeur.")).toBeUndefined();
  });

  it("reads words defined in a glossary as hints only: a professional marker elsewhere speaks", () => {
    const text = [
      "## Article 1 - Définitions",
      "",
      "**Consommateur :** toute personne physique qui agit à des fins privées.",
      "**Service :** l'outil en ligne, utilisé par le consommateur ou par d'autres utilisateurs.",
      "",
      "## Article 2 - Paiement",
      "",
      "Tout professionnel en retard de paiement doit une indemnité forfaitaire pour frais de recouvrement de 40 €.",
    ].join("\n");
    expect(audience(text)).toBe("b2b");
    expect(audience(text.replace("## Article 1 - Définitions", "## Article 1 - Objet"))).toBe("mixed");
  });

  it("still reads a glossary that defines the client as a consumer when nothing else speaks", () => {
    expect(audience("DÉFINITIONS\n\nClient : le consommateur qui commande sur le site.\n\n## Prix\n\nLe prix est payable à la commande.")).toBe("b2c");
  });
});

describe("scope phrases naming both audiences (review A3)", () => {
  it.each([
    "Les présentes conditions régissent toute commande passée sur le site, que le Client soit professionnel ou consommateur.",
    "Ces conditions s'appliquent à tout client, qu'il soit particulier ou professionnel.",
    "Nos formations ne s'adressent qu'aux entreprises et aux particuliers majeurs.",
    "Le service est ouvert à tout professionnel du bâtiment ou étudiant en architecture.",
    "Peut s'abonner : tout professionnel du bâtiment, architecte ou étudiant en architecture.",
  ])("%s → mixed", (text) => {
    expect(audience(text)).toBe("mixed");
  });

  it("wins over a later reservation of one means of payment to professionals", () => {
    const text = "Les conditions valent pour toute commande, que le Client soit professionnel ou consommateur.\n\nPaiement par carte, ou par virement (réservé aux professionnels).";
    expect(audience(text)).toBe("mixed");
  });

  it("a text open to private customers beside professional markers is mixed", () => {
    expect(audience("L'atelier est ouvert aux particuliers le samedi. Pénalités de retard : taux de la BCE majoré de 10 points.")).toBe("mixed");
  });

  it("near misses: one audience named twice, or both named to exclude one, are not both", () => {
    expect(audience("Ces conditions s'appliquent exclusivement aux professionnels, qu'ils soient artisans ou commerçants.")).toBe("b2b");
    expect(audience("Ces conditions ne s'appliquent pas aux consommateurs.")).toBe("b2b");
  });
});
