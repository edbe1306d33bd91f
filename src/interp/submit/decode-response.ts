/** Turns an io-ts decode of a server answer into the client's error type. */
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { redactDeep, type Redactor } from './redact.js';
import type { SubmitError } from './submit-error.js';

/** Decodes one answer into `A`, or the client's error. */
export type ResponseDecoder<A> = (u: unknown) => E.Either<SubmitError, A>;

/**
 * The decoders of one connection's answers. A failure is described from the answer with `redact`
 * applied first: the codecs' messages show values cut short, where a redactor could no longer
 * recognise a secret the server echoed.
 */
export const responseDecoders = (redact: Redactor) => {
  const decodeWith =
    <A>(codec: t.Decoder<unknown, A>, what: string): ResponseDecoder<A> =>
    (u) => {
      const decoded = codec.decode(u);
      if (E.isRight(decoded)) return decoded;
      const shown = codec.decode(redactDeep(u, redact));
      return E.left({
        _tag: 'ResponseDecodeFailure',
        what,
        message: redact(PathReporter.report(E.isLeft(shown) ? shown : decoded).slice(0, 3).join('; ')),
      });
    };
  const decodeTE =
    <A>(codec: t.Decoder<unknown, A>, what: string) =>
    (te: TE.TaskEither<SubmitError, unknown>): TE.TaskEither<SubmitError, A> =>
      pipe(te, TE.chainEitherK(decodeWith(codec, what)));
  return { decodeWith, decodeTE };
};
