/**
 * How imported records meet the ones already stored (same message key):
 * - `newer-wins`: whichever was changed last (analysis or the rep's fields) is kept;
 * - `keep-existing`: only messages not in the history yet are added;
 * - `replace`: the file's version overwrites the stored one.
 *
 * Apart from ./transfer so the history page can offer the choice without loading the import code.
 */
export type MergeRule = 'newer-wins' | 'keep-existing' | 'replace';
export const MERGE_RULES: readonly MergeRule[] = ['newer-wins', 'keep-existing', 'replace'];
