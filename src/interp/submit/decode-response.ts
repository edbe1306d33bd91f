/** Turns an io-ts decode of a server answer into the client's error type. */
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import type { SubmitError } from './submit-error.js';

export const decodeWith =
  <A>(codec: t.Decoder<unknown, A>, what: string) =>
  (u: unknown): E.Either<SubmitError, A> =>
    pipe(
      codec.decode(u),
      E.mapLeft(
        (errors): SubmitError => ({
          _tag: 'ResponseDecodeFailure',
          what,
          message: PathReporter.report(E.left(errors)).slice(0, 3).join('; '),
        }),
      ),
    );

export const decodeTE =
  <A>(codec: t.Decoder<unknown, A>, what: string) =>
  (te: TE.TaskEither<SubmitError, unknown>): TE.TaskEither<SubmitError, A> =>
    pipe(te, TE.chainEitherK(decodeWith(codec, what)));
