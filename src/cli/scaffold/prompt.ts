// The interactive side of `clausier init` (a terminal, no --yes): asks what the flags did not give.
import { UsageError } from "../../model/diagnostics.js";
import type { Locale } from "../../model/locale.js";
import { AUDIENCES, DEFAULT_ANSWERS, LEGAL_FORMS, VAT_REGIMES, type ScaffoldAnswers } from "./answers.js";
import { ts, type ScaffoldMessageId } from "./messages.js";

const AUDIENCE_LABEL: Record<ScaffoldAnswers["audience"], ScaffoldMessageId> = { b2b: "AUDIENCE_B2B", b2c: "AUDIENCE_B2C", mixed: "AUDIENCE_MIXED" };
const VAT_LABEL: Record<ScaffoldAnswers["vatRegime"], ScaffoldMessageId> = { normal: "VAT_NORMAL", franchise: "VAT_FRANCHISE" };

/** Where the prompts read and write: the process's terminal unless given (tests). */
export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export async function promptAnswers(given: Partial<ScaffoldAnswers>, locale: Locale, streams: PromptStreams = {}): Promise<Partial<ScaffoldAnswers>> {
  // Loaded only here: non-interactive runs (CI, tests, --yes) never pay for it.
  const { input, select } = await import("@inquirer/prompts");
  const m = (id: ScaffoldMessageId) => ts(locale, id);
  try {
    const name = given.name ?? (await input({ message: m("PROMPT_NAME"), default: DEFAULT_ANSWERS.name, required: true }, streams));
    const legalForm = given.legalForm ?? (await select({ message: m("PROMPT_LEGAL_FORM"), choices: LEGAL_FORMS, default: DEFAULT_ANSWERS.legalForm }, streams));
    const sirenValid = (v: string) => !v.trim() || /^\d{9}$/.test(v.replace(/[\s.]/g, "")) || ts(locale, "INIT_BAD_SIREN", { value: v });
    const siren = given.siren ?? (await input({ message: m("PROMPT_SIREN"), validate: sirenValid }, streams));
    const city = given.city ?? (await input({ message: m("PROMPT_CITY") }, streams));
    const audienceChoices = AUDIENCES.map((value) => ({ value, name: m(AUDIENCE_LABEL[value]) }));
    const audience = given.audience ?? (await select({ message: m("PROMPT_AUDIENCE"), choices: audienceChoices, default: DEFAULT_ANSWERS.audience }, streams));
    const vatChoices = VAT_REGIMES.map((value) => ({ value, name: m(VAT_LABEL[value]) }));
    const vatRegime = given.vatRegime ?? (await select({ message: m("PROMPT_VAT"), choices: vatChoices, default: DEFAULT_ANSWERS.vatRegime }, streams));
    return { name, legalForm, siren, city, audience, vatRegime };
  } catch (error) {
    // Ctrl+C in a prompt: a clean stop, not a stack trace.
    if (error instanceof Error && error.name === "ExitPromptError") throw new UsageError(m("INIT_CANCELLED"));
    throw error;
  }
}
