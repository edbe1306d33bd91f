/**
 * `JSON.parse` for server answers. V8's syntax errors quote a slice of the input (`"{"a":tokent"...`),
 * which could carry part of a secret past any redactor; the message here says where, never what.
 */
import * as E from 'fp-ts/lib/Either.js';

// V8 quotes the input as `, "..." is not valid JSON`, or with ellipses around a slice from the middle:
// `, ..."..."... is not valid JSON`.
const QUOTED_INPUT = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;

/** The parsed value, or why the text is not JSON, without quoting the text. */
export const parseJson = (text: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(QUOTED_INPUT, ' is not valid JSON') : 'not valid JSON';
    return E.left(`${message} (${text.length} characters)`);
  }
};
