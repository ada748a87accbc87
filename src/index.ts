// Clausier's library API: what `import … from "clausier"` gives. Each function does what its
// command does and returns data; nothing is printed. docs/api.md shows each in use.
export { validate, type ValidateOptions, type ValidateResult, type FileValidation } from "./api/validate.js";
export { lint, lintText, type LintOptions } from "./api/lint.js";
export { compute, computeDocument, DocumentNotLoadedError, type ComputeOptions, type ComputeRequest, type ComputeWhat } from "./api/compute.js";
export { render, type RenderOptions, type RenderResult } from "./api/render.js";
export { VERSION } from "./api/version.js";

// The building blocks, for integrations that need more than the functions above.
export { Linter, type LinterOptions } from "./lint/linter.js";
export { allRules } from "./lint/rules/index.js";
export { reporters, type ReporterName } from "./lint/reporters/index.js";
export { derive } from "./documents/derive.js";
export { Workspace, UsageError } from "./model/index.js";
export type { Diagnostic, Locale, LoadedDocument } from "./model/index.js";
export type { LintResult, LintMessage, Rule, RuleMeta, Severity, Audience, Law } from "./lint/types.js";
export { ComputationError } from "./money/index.js";
export { LegalDataGapError } from "./legal/errors.js";
