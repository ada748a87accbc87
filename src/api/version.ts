import { readFileSync } from "node:fs";

/** Clausier's version, from its package.json: printed in PDFs' metadata and SARIF reports. */
export const VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
