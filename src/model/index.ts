export * from "./diagnostics.js";
export * from "./documents.js";
export * from "./facts.js";
export * from "./load.js";
export * from "./locale.js";
export * from "./positions.js";
export * from "./discover.js";
export type { SourceFile } from "./source-file.js";
