import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/invoice-number-sequence.js";
import type { Rule } from "../../src/lint/types.js";
import { ROOT, lintRepoFiles } from "./helpers.js";

const ID = "invoice-number-sequence";
const SEQ = "test/lint/fixtures/documents/sequence";
const lint = (...names: string[]) => lintRepoFiles(names.map((n) => `${SEQ}/${n}.yaml`), rule);

describe(ID, () => {
  it("accepts a continuous series in date order", () => {
    expect(lint("invoice-ex-2026-0001", "invoice-ex-2026-0002")).toEqual([]);
  });

  it("reports a duplicate number on both invoices", () => {
    const messages = lint("invoice-ex-2026-0002", "invoice-ex-2026-0002-duplicate");
    expect(messages.map((m) => [m.file, m.ruleId, m.severity, m.line, m.column])).toEqual([
      [`${SEQ}/invoice-ex-2026-0002-duplicate.yaml`, ID, "error", 3, 9],
      [`${SEQ}/invoice-ex-2026-0002.yaml`, ID, "error", 3, 9],
    ]);
    expect(messages[0]!.message).toContain(`${SEQ}/invoice-ex-2026-0002.yaml`);
  });

  it("reports a gap on the number after it, naming the missing number", () => {
    const [m, ...rest] = lint("invoice-ex-2026-0001", "invoice-ex-2026-0004");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ file: `${SEQ}/invoice-ex-2026-0004.yaml`, line: 3, column: 9 });
    expect(m!.message).toContain("la série saute de EX-2026-0001 à EX-2026-0004 : EX-2026-0002 … EX-2026-0003 manque");
  });

  it("reports a higher number issued before a lower one, at its date", () => {
    const messages = lint("invoice-ex-2026-0001", "invoice-ex-2026-0002", "invoice-ex-2026-0004");
    const order = messages.filter((m) => m.message.includes("ordre chronologique"));
    expect(order.map((m) => [m.file, m.line, m.column])).toEqual([[`${SEQ}/invoice-ex-2026-0004.yaml`, 4, 12]]);
    expect(order[0]!.message).toContain("datée du 5 mars 2026, avant la facture EX-2026-0002 du 10 mars 2026");
  });

  it("keeps other series apart (another prefix is not a gap)", () => {
    expect(lint("invoice-ex-2026-0001", "invoice-av-2026-0009")).toEqual([]);
  });

  it("counts a credit note in the series of its number: no gap where it stands", () => {
    const gaps = lint("invoice-ex-2026-0001", "invoice-ex-2026-0002", "credit-note-ex-2026-0003", "invoice-ex-2026-0004").filter((m) => m.message.includes("saute"));
    expect(gaps).toEqual([]);
  });

  it("reports a credit note that takes the number of an invoice, on both", () => {
    const messages = lint("invoice-ex-2026-0002", "credit-note-ex-2026-0002-duplicate");
    expect(messages.map((m) => [m.file, m.line])).toEqual([
      [`${SEQ}/credit-note-ex-2026-0002-duplicate.yaml`, 3],
      [`${SEQ}/invoice-ex-2026-0002.yaml`, 3],
    ]);
  });

  it("finds nothing in one invoice linted alone", () => {
    expect(lint("invoice-ex-2026-0004")).toEqual([]);
  });

  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });

  it("indexes the seller's group once instead of scanning the others for every invoice (no quadratic run)", () => {
    // The per-document list of the others is what made 4 000 invoices take 12 s: the rule must not read it.
    const guarded: Rule = {
      meta: rule.meta,
      check: (context) =>
        rule.check(
          new Proxy(context, {
            get(target, key, receiver) {
              if (key === "related") throw new Error("invoice-number-sequence read `related`");
              return Reflect.get(target, key, receiver);
            },
          }),
        ),
    };
    const messages = lintRepoFiles(["invoice-ex-2026-0001", "invoice-ex-2026-0002", "invoice-ex-2026-0004"].map((n) => `${SEQ}/${n}.yaml`), guarded);
    expect(messages.map((m) => m.ruleId)).toEqual([ID, ID]);
  });
});
