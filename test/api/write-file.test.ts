// The two atomic writers (the synchronous one of lint --fix and reports, the asynchronous one of
// render batches) keep the same guarantees: what the file is, no temporary left, user errors as
// UsageError.
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic, writeFileAtomicAsync } from "../../src/api/write-file.js";
import { UsageError } from "../../src/model/index.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-write-file-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const writers = {
  sync: async (path: string, content: string | Uint8Array) => writeFileAtomic(path, content, "fr"),
  async: (path: string, content: string | Uint8Array) => writeFileAtomicAsync(path, content, "fr"),
};

let folders = 0;
const folder = () => {
  const dir = join(scratch, `case-${++folders}`);
  mkdirSync(dir);
  return dir;
};
const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe.each(Object.entries(writers))("writeFileAtomic (%s)", (_, write) => {
  it("writes the content, bytes or text, and leaves no temporary", async () => {
    const dir = folder();
    await write(join(dir, "a.pdf"), new Uint8Array([37, 80, 68, 70]));
    await write(join(dir, "b.html"), "<p>é</p>");
    await write(join(dir, "b.html"), "<p>à</p>");
    expect(readFileSync(join(dir, "a.pdf"), "latin1")).toBe("%PDF");
    expect(readFileSync(join(dir, "b.html"), "utf8")).toBe("<p>à</p>");
    expect(temporaries(dir)).toEqual([]);
  });

  it("creates missing folders", async () => {
    const dir = folder();
    await write(join(dir, "out/2026/x.html"), "x");
    expect(readFileSync(join(dir, "out/2026/x.html"), "utf8")).toBe("x");
  });

  it("writes through a symlink: the link stays a link", async () => {
    const dir = folder();
    writeFileSync(join(dir, "real.html"), "old");
    symlinkSync("real.html", join(dir, "link.html"));
    await write(join(dir, "link.html"), "new");
    expect(lstatSync(join(dir, "link.html")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real.html"), "utf8")).toBe("new");
  });

  it("keeps the mode of the file it replaces", async () => {
    const dir = folder();
    writeFileSync(join(dir, "m.html"), "old");
    chmodSync(join(dir, "m.html"), 0o600);
    await write(join(dir, "m.html"), "new");
    expect(statSync(join(dir, "m.html")).mode & 0o777).toBe(0o600);
  });

  it("a hard-linked file is written in place: every name sees the new content", async () => {
    const dir = folder();
    writeFileSync(join(dir, "one.html"), "old");
    linkSync(join(dir, "one.html"), join(dir, "two.html"));
    await write(join(dir, "one.html"), "new, longer");
    expect(readFileSync(join(dir, "two.html"), "utf8")).toBe("new, longer");
    expect(temporaries(dir)).toEqual([]);
  });

  it("a folder where the file should be, a path under a file, a name too long: UsageError, nothing written", async () => {
    const dir = folder();
    mkdirSync(join(dir, "taken.html"));
    writeFileSync(join(dir, "file"), "x");
    await expect(write(join(dir, "taken.html"), "x")).rejects.toThrow(UsageError);
    await expect(write(join(dir, "file/under.html"), "x")).rejects.toThrow(UsageError);
    await expect(write(join(dir, "n".repeat(300)), "x")).rejects.toThrow(UsageError);
    expect(temporaries(dir)).toEqual([]);
  });
});
