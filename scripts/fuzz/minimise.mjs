// Delta debugging of a reproducer: remove YAML/JSON nodes, then lines, then bytes, keeping each
// removal while `stillFails(candidate)` holds. Bounded by a deadline: the result is always a
// reproducer, only less minimal when time runs out.
import { deleteIn, nodePaths, parseData, serialise } from "./mutators.mjs";

/**
 * Complement-only ddmin over `units`: drops chunks of halving size while the predicate holds.
 * `build(units)` makes the candidate the predicate sees.
 */
export async function ddmin(units, build, stillFails, deadline) {
  let current = units;
  let parts = 2;
  while (current.length > 0 && Date.now() < deadline) {
    const size = Math.ceil(current.length / parts);
    let removed = false;
    for (let start = 0; start < current.length && Date.now() < deadline; start += size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      if (await stillFails(build(candidate))) {
        current = candidate;
        parts = Math.max(parts - 1, 2);
        removed = true;
        break;
      }
    }
    if (!removed) {
      if (size <= 1) break;
      parts = Math.min(parts * 2, current.length);
    }
  }
  return current;
}

/** Removes nodes of a parsed document, largest first, while the predicate holds. */
async function removeNodes(text, ext, stillFails, deadline) {
  let data = parseData(text, ext);
  if (data === undefined || data === null || typeof data !== "object") return text;
  let best = serialise(data, ext);
  // Writing the data back changes the text (comments, quoting): only go on if that still fails.
  if (best === text || !(await stillFails(Buffer.from(best)))) return text;
  let progress = true;
  while (progress && Date.now() < deadline) {
    progress = false;
    // Shallow paths first: removing a whole section saves more tries than removing its leaves.
    const paths = nodePaths(data).sort((a, b) => a.length - b.length);
    for (const path of paths) {
      if (Date.now() >= deadline) break;
      const candidate = structuredClone(data);
      deleteIn(candidate, path);
      const candidateText = serialise(candidate, ext);
      if (await stillFails(Buffer.from(candidateText))) {
        data = candidate;
        best = candidateText;
        progress = true;
        break;
      }
    }
  }
  return best;
}

/**
 * The smallest input found before `deadline` (ms since epoch) for which `stillFails` holds.
 * `input` is a Buffer; `ext` (".yaml", ".json") enables the structural pass.
 */
export async function minimise(input, stillFails, { deadline, ext = ".yaml", maxBytePassSize = 2048 } = {}) {
  let best = Buffer.from(input);
  const text = best.toString("utf8");
  // Only valid UTF-8 goes through text passes: a string round trip would repair the bytes that fail.
  if (Buffer.from(text, "utf8").equals(best)) {
    best = Buffer.from(await removeNodes(text, ext, stillFails, deadline), "utf8");
    const lines = best.toString("utf8").split(/(?<=\n)/);
    best = Buffer.from((await ddmin(lines, (l) => Buffer.from(l.join(""), "utf8"), stillFails, deadline)).join(""), "utf8");
  } else {
    const lines = splitLines(best);
    best = Buffer.concat(await ddmin(lines, (l) => Buffer.concat(l), stillFails, deadline));
  }
  if (best.length <= maxBytePassSize) best = Buffer.from(await ddmin([...best], (b) => Buffer.from(b), stillFails, deadline));
  return best;
}

function splitLines(buffer) {
  const out = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++)
    if (buffer[i] === 0x0a) {
      out.push(buffer.subarray(start, i + 1));
      start = i + 1;
    }
  if (start < buffer.length) out.push(buffer.subarray(start));
  return out;
}
