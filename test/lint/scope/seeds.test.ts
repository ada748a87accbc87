// The five seed documents (../shared/seeds) need no --law nor --audience: their words say the law
// and audience test/lint/sellers.test.ts declares for them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";
import { inferLaw } from "../../../src/lint/scope/law.js";
import { ROOT } from "../helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");

describe.skipIf(!existsSync(SEEDS))("scope of the seed documents", () => {
  it.each([
    // « indemnité \n\nforfaitaire de 40 » broken across lines, as pasted from a PDF.
    { seed: "000_1428806e8580c531.txt", law: "FR", audience: "b2b" },
    { seed: "001_4d303faaf5ba4ff2.txt", law: "FR", audience: "b2b" },
    { seed: "002_4929b587e6a85f38.txt", law: "FR", audience: "mixed" },
    // « payable à réception de la facture »: an invoice paid at a term, the trade's way.
    { seed: "003_d6f4e488504f7134.txt", law: "LU", audience: "b2b" },
    { seed: "004_afafcd9942a486fc.txt", law: "FR", audience: "b2b" },
  ])("$seed: $law, $audience", ({ seed, law, audience }) => {
    const text = readFileSync(join(SEEDS, seed), "utf8");
    expect(inferLaw(text).law).toBe(law);
    expect(inferAudience(text).audience).toBe(audience);
  });
});
