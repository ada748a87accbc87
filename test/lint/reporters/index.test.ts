import { describe, expect, it } from "vitest";
import { reporters } from "../../../src/lint/reporters/index.js";
import { context, message, result } from "./fixtures.js";

describe("reporters", () => {
  it("offers the six formats of --format, each a pure function of results and context", () => {
    expect(Object.keys(reporters).sort()).toEqual(["github", "gitlab", "json", "junit", "sarif", "stylish"]);
    const results = [result("a.md", [message("error", 1)])];
    for (const reporter of Object.values(reporters)) {
      const first = reporter(results, context());
      expect(typeof first.text).toBe("string");
      expect(first.text.length).toBeGreaterThan(0);
      expect(reporter(results, context())).toEqual(first);
    }
  });
});
