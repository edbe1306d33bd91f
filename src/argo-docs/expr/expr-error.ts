// model

/**
 * A failure to parse or evaluate an Argo expression (expr-lang, govaluate or a `{{...}}` tag). The message
 * is a sentence naming the source and the position; `reason` is the same without them.
 * @category model
 */
export class ExprError extends Error {
  override readonly name = 'ExprError';
  constructor(
    /** The expression as written. */
    readonly source: string,
    /** Offset in `source` where the problem is (0-based). */
    readonly position: number,
    /** What went wrong, as a sentence without the source. */
    readonly reason: string,
  ) {
    super(`${reason.replace(/\.$/, '')}, at position ${position} of "${source}".`);
  }
}
