// The interactive side of `clausier init`: the questions a terminal user answers, driven through
// streams (each answer typed once its question is shown).
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { promptAnswers } from "../../src/cli/scaffold/prompt.js";
import { UsageError } from "../../src/model/diagnostics.js";

const DOWN = "\u001b[B";
const ENTER = "\r";

/** Runs the prompts; `answers` maps a question's start to the keys typed when it appears, one write each. */
async function run(answers: Array<[string, string[]]>, given = {}, locale: "fr" | "en" = "en") {
  const input = new PassThrough();
  const output = new PassThrough();
  // Each prompt ends its output when done, as it would end a terminal session: keep it open for the next.
  output.end = () => output;
  let shown = "";
  const pending = [...answers];
  output.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
    const next = pending[0];
    if (next && shown.includes(next[0])) {
      pending.shift();
      shown = "";
      const keys = [...next[1]];
      const type = () => {
        const key = keys.shift();
        if (key === undefined) return;
        input.write(key);
        setImmediate(type);
      };
      setImmediate(type);
    }
  });
  const result = await promptAnswers(given, locale, { input, output });
  return { result, unanswered: pending.map((p) => p[0]) };
}

describe("clausier init prompts", () => {
  it("asks the six questions and keeps the answers", async () => {
    const { result, unanswered } = await run([
      ["Company name", ["Atelier Durand", ENTER]],
      ["Legal form", [DOWN, DOWN, ENTER]], // SAS → SASU → SARL
      ["SIREN", ["732 829 320", ENTER]],
      ["City", ["Bourges", ENTER]],
      ["Clients", [DOWN, DOWN, ENTER]], // b2b → b2c → mixed
      ["VAT regime", [DOWN, ENTER]], // normal → franchise
    ]);
    expect(unanswered).toEqual([]);
    expect(result).toEqual({ name: "Atelier Durand", legalForm: "SARL", siren: "732 829 320", city: "Bourges", audience: "mixed", vatRegime: "franchise" });
  });

  it("asks only what the options did not give, in French by default", async () => {
    const { result } = await run([["Ville du siège", [ENTER]]], { name: "X", legalForm: "EI", siren: "", audience: "b2b", vatRegime: "normal" }, "fr");
    expect(result).toMatchObject({ name: "X", legalForm: "EI", city: "", audience: "b2b" });
  });

  it("stops cleanly on Ctrl+C: a usage error, no stack trace", async () => {
    await expect(run([["Company name", ["\u0003"]]])).rejects.toBeInstanceOf(UsageError);
  });
});
