// What consumer terms say of the mediator and of the withdrawal right (C. conso L616-1, L221-5):
// the rules check it, and the renderer reads it so as not to print a fact a clause already gives.
import type { TextClause } from "./sentences.js";
import { findFirst, flexible } from "./text.js";

export const MEDIATOR = /\bmediat(?:eur|rice|ion)\b/;
export const WITHDRAWAL = flexible(/\bretractation\b|\bse retracter\b/);

export function mentionsMediator(clauses: readonly TextClause[]): boolean {
  return clauses.some((c) => findFirst(c.body, MEDIATOR) !== undefined);
}

export function mentionsWithdrawal(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some((c) => findFirst(c.body, WITHDRAWAL) || (c.title !== undefined && findFirst(c.title, WITHDRAWAL)));
}
