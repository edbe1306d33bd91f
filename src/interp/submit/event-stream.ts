/**
 * Reads a streamed response as JSON values: Server-Sent Events (`data:` lines, `:` keep-alive
 * comments) or newline-delimited JSON, whichever the server sent.
 */
import * as E from 'fp-ts/lib/Either.js';
import { parseJson } from './json-text.js';
import type { SubmitError } from './submit-error.js';

export async function* jsonValues(
  stream: ReadableStream<Uint8Array>,
  what: string,
): AsyncGenerator<E.Either<SubmitError, unknown>> {
  const decoder = new TextDecoder();
  let pending: Array<string> = [];
  let data: Array<string> = [];
  const parse = (text: string): E.Either<SubmitError, unknown> =>
    E.mapLeft((message: string): SubmitError => ({ _tag: 'ResponseDecodeFailure', what, message: `a stream line: ${message}` }))(parseJson(text));
  const flush = (): E.Either<SubmitError, unknown> | undefined => {
    if (data.length === 0) return undefined;
    const text = data.join('\n');
    data = [];
    return parse(text);
  };
  const reader = stream.getReader();
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (e) {
        // A reset connection ends this stream; callers that need more (watch) open a new one.
        yield E.left({ _tag: 'NetworkFailure', method: 'GET', path: what, message: e instanceof Error ? e.message : String(e) });
        return;
      }
      if (chunk.done) break;
      const text = decoder.decode(chunk.value, { stream: true });
      // Only the new text is searched for line ends, and a long line is joined once: linear in its length.
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; start = nl + 1, nl = text.indexOf('\n', start)) {
        pending.push(text.slice(start, nl));
        const line = pending.join('').replace(/\r$/, '');
        pending = [];
        if (line === '') {
          const v = flush();
          if (v !== undefined) yield v;
        } else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        else if (line.startsWith(':') || /^(event|id|retry):/.test(line)) continue;
        else yield parse(line);
      }
      pending.push(text.slice(start));
    }
    const tail = pending.join('').trim();
    if (tail !== '' && !tail.startsWith(':')) {
      if (tail.startsWith('data:')) data.push(tail.slice(5).trimStart());
      else yield parse(tail);
    }
    const v = flush();
    if (v !== undefined) yield v;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
