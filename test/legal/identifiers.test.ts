import { describe, expect, it } from "vitest";
import { checkBic, checkFrVat, checkIban, checkLuVat, checkSiren, checkSiret } from "../../src/legal/identifiers.js";

describe("test numbers of legal-facts §12", () => {
  it.each([
    ["SIREN", checkSiren, "732829320", true],
    ["SIREN", checkSiren, "123456789", false],
    ["SIRET", checkSiret, "35600000000001", true], // La Poste exception
    ["SIRET", checkSiret, "73282932000075", false],
    ["TVA FR", checkFrVat, "FR40303265045", true],
    ["TVA FR", checkFrVat, "FR23334175221", true],
    ["TVA FR", checkFrVat, "FR44732829320", true],
    ["TVA FR", checkFrVat, "FR41303265045", false],
    ["TVA LU", checkLuVat, "LU15027442", true],
    ["TVA LU", checkLuVat, "LU15027443", false],
    ["IBAN", checkIban, "FR7630006000011234567890189", true],
    ["IBAN", checkIban, "FR7630006000011234567890188", false],
    ["IBAN", checkIban, "LU280019400644750000", true],
    ["BIC", checkBic, "BNPAFR", false],
  ] as const)("%s %s → %s", (_kind, check, value, valid) => {
    expect(check(value).valid).toBe(valid);
  });
});

describe("real seed identifiers (all pass their checksums)", () => {
  it.each([
    ["SIREN (seed 000, Alliance Développement)", checkSiren, "422551481"],
    ["SIRET (seed 000)", checkSiret, "422 551 481 000 35"],
    ["TVA (seed 000)", checkFrVat, "FR61422551481"],
    ["IBAN (seed 000)", checkIban, "FR76 1558 9335 7707 7936 1154 020"],
    ["BIC (seed 000)", checkBic, "CMBRFR2BARK"],
    ["SIREN (seed 001, Altairis)", checkSiren, "488 020 108"],
    ["SIRET (seed 002, Livenote)", checkSiret, "74984988100026"],
    ["SIRET (seed 004, VogueZen)", checkSiret, "979 419 579 00011"],
    ["TVA (seed 004)", checkFrVat, "FR30979419579"],
  ] as const)("%s %s is valid", (_label, check, value) => {
    const result = check(value);
    expect(result.reason).toBeUndefined();
    expect(result.valid).toBe(true);
  });
});

describe("checkSiren / checkSiret", () => {
  it("normalizes spaces, non-breaking spaces and dots", () => {
    expect(checkSiren("732\u00A0829\u202F320")).toEqual({ valid: true, normalized: "732829320" });
    expect(checkSiren("732.829.320").normalized).toBe("732829320");
  });

  it("explains invalid numbers in French", () => {
    expect(checkSiren("123456789").reason).toBe("clé de contrôle invalide (algorithme de Luhn)");
    expect(checkSiren("12345678").reason).toBe("longueur invalide : 9 chiffres attendus, 8 trouvés");
    expect(checkSiren("12345678A").reason).toMatch(/ne contient que des chiffres/);
    expect(checkSiret("7328293200007").reason).toBe("longueur invalide : 14 chiffres attendus, 13 trouvés");
  });

  it("applies the La Poste rule only to SIREN 356000000", () => {
    const laPoste = checkSiret("35600000000001");
    expect(laPoste.note).toMatch(/La Poste/);
    // Digit sum 50 (multiple of 5) but another SIREN: plain Luhn failure.
    expect(checkSiret("73282932000004").valid).toBe(false);
    // A La Poste SIRET whose digit sum is not a multiple of 5 and fails Luhn.
    expect(checkSiret("35600000000002").valid).toBe(false);
  });

  it("accepts a SIRET that passes Luhn", () => {
    expect(checkSiret("732 829 320 00074")).toEqual({ valid: true, normalized: "73282932000074" });
    expect(checkSiret("73282932000075").reason).toBe("clé de contrôle invalide (algorithme de Luhn)");
  });
});

describe("checkFrVat", () => {
  it("gives the expected key", () => {
    expect(checkFrVat("FR41303265045")).toEqual({
      valid: false,
      normalized: "FR41303265045",
      reason: "clé de contrôle invalide (attendu 40, trouvé 41)",
    });
  });

  it("accepts spaces and lower case", () => {
    expect(checkFrVat("fr 40 303 265 045").valid).toBe(true);
  });

  it("checks the SIREN inside", () => {
    expect(checkFrVat("FR00123456789").reason).toBe("le SIREN contenu (123456789) est invalide (algorithme de Luhn)");
  });

  it("accepts new-style alphanumeric keys on format only, with a note", () => {
    const r = checkFrVat("FRK7399859412");
    expect(r.valid).toBe(true);
    expect(r.note).toMatch(/seul le format/);
    expect(checkFrVat("FRIO334175221").valid).toBe(false); // I and O are not allowed
  });

  it("rejects other prefixes and lengths", () => {
    expect(checkFrVat("BE0123456789").reason).toMatch(/commence par « FR »/);
    expect(checkFrVat("FR4030326504").reason).toMatch(/13 caractères attendus/);
  });
});

describe("checkLuVat", () => {
  it("explains a wrong key", () => {
    expect(checkLuVat("LU15027443").reason).toBe("clé de contrôle invalide (attendu 42, trouvé 43)");
    expect(checkLuVat("LU 1502 7442").valid).toBe(true);
    expect(checkLuVat("LU1502744").valid).toBe(false);
  });
});

describe("checkIban", () => {
  it("explains a wrong key with the expected one", () => {
    const r = checkIban("FR7630006000011234567890188");
    expect(r.reason).toMatch(/^clé de contrôle invalide \(attendu \d{2}, trouvé 76\)$/);
    const expected = r.reason!.match(/attendu (\d{2})/)![1]!;
    expect(checkIban(`FR${expected}30006000011234567890188`).valid).toBe(true);
  });

  it("checks the length by country", () => {
    expect(checkIban("FR763000600001123456789018").reason).toBe(
      "longueur invalide pour FR : 27 caractères attendus, 26 trouvés",
    );
    expect(checkIban("BE68539007547034").valid).toBe(true); // 16
    expect(checkIban("DE89370400440532013000").valid).toBe(true); // 22
  });

  it("normalizes spaces and case", () => {
    expect(checkIban("fr76 3000 6000 0112 3456 7890 189").normalized).toBe("FR7630006000011234567890189");
  });
});

describe("checkBic", () => {
  it("accepts 8 and 11 characters", () => {
    expect(checkBic("BNPAFRPP").valid).toBe(true);
    expect(checkBic("bnpa fr pp xxx").valid).toBe(true);
    expect(checkBic("BNPAFR").reason).toBe("longueur invalide : 8 ou 11 caractères attendus, 6 trouvés");
    expect(checkBic("BNP1FRPP").valid).toBe(false);
  });
});
