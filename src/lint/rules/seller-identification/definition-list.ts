import type { LintClause } from "../../types.js";

// « **RCS** » then « : Rennes 481 203 552 »: a definition list's bold terms are read as headings, one clause per term
// and its value. To a reader the seller's block is one block: each term's clause is joined back to the clause before
// it, the term written before its value (« RCS: Rennes 481 203 552 »), positions mapped back to the file.
const TERM_MAX = 40;
const isDefinition = (c: LintClause) => c.title.length > 0 && c.title.length <= TERM_MAX && /^\s*:\s/.test(c.body);

/** The clauses with each definition-list term rejoined to the block it belongs to. */
export function withDefinitionTerms(clauses: readonly LintClause[]): LintClause[] {
  const out: LintClause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    if (previous && isDefinition(clause)) out[out.length - 1] = joined(previous, clause);
    else out.push(clause);
  }
  return out;
}

function joined(block: LintClause, term: LintClause): LintClause {
  const termAt = block.body.length + 1;
  const valueAt = termAt + term.title.length;
  return {
    ...block,
    body: `${block.body}\n${term.title}${term.body}`,
    locate(start, end) {
      if (start < termAt) return block.locate(start, Math.min(end, block.body.length));
      if (start < valueAt) return term.titleRange;
      return term.locate(start - valueAt, end - valueAt);
    },
    // Read, never edited: the rule is not fixable.
    fileRange: () => undefined,
  };
}
