// Which Factur-X profile `clausier render` uses: the command line (--facturx, --no-facturx,
// --facturx-profile), else clausier.config's render.facturx, else ordinary PDFs. No browser.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { facturxProfile } from "../../src/cli/commands/render.js";
import { SetupFileError } from "../../src/lint/linter.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-facturx-options-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function project(config: string | undefined): string {
  const dir = join(scratch, String(n++));
  mkdirSync(dir);
  if (config !== undefined) writeFileSync(join(dir, "clausier.config.yaml"), config);
  return dir;
}

const fr = { locale: "fr" as const };

describe("render --facturx and render.facturx", () => {
  it.each([
    ["no configuration, no option", undefined, {}, undefined],
    ["--facturx", undefined, { facturx: true }, "en16931"],
    ["--facturx-profile alone implies --facturx", undefined, { facturxProfile: "basic" as const }, "basic"],
    ["render.facturx: true", "render:\n  facturx: true\n", {}, "en16931"],
    ["render.facturx: basicwl", "render:\n  facturx: basicwl\n", {}, "basicwl"],
    ["render.facturx: false", "render:\n  facturx: false\n", {}, undefined],
    ["--no-facturx over the configuration", "render:\n  facturx: basic\n", { facturx: false }, undefined],
    ["--facturx-profile over the configuration's profile", "render:\n  facturx: basic\n", { facturxProfile: "minimum" as const }, "minimum"],
    ["--facturx keeps the configuration's profile", "render:\n  facturx: basic\n", { facturx: true }, "basic"],
    ["--facturx over render.facturx: false", "render:\n  facturx: false\n", { facturx: true }, "en16931"],
    ["a configuration without render", "locale: fr\n", {}, undefined],
  ])("%s", (_, config, args, expected) => {
    expect(facturxProfile(args, project(config), fr)).toBe(expected);
  });

  it("a profile the configuration schema does not know is a setup error with its position (exit 2)", () => {
    const dir = project("render:\n  facturx: extended\n");
    expect(() => facturxProfile({}, dir, fr)).toThrow(SetupFileError);
    try {
      facturxProfile({}, dir, fr);
    } catch (error) {
      expect((error as SetupFileError).diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(["clausier.config.yaml:2"]);
    }
  });
});
