/**
 * `client.downloadArtifact`: an output artifact of a finished run's entrypoint as a byte stream, opened
 * once the server answers, so an artifact of any size is passed on chunk by chunk and never held whole.
 */
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Workflow } from '../../argo-model/generated/index.js';
import { artifactPath, type ArgoServerExtras } from './argo-server-extras.js';
import type { SubmitError } from './submit-error.js';

/**
 * The body with its read failures as `SubmitError`s naming the request, like every other failure of the
 * client; cancelling the stream cancels the request.
 */
const readFailures = (
  body: ReadableStream<Uint8Array>,
  failure: (e: unknown) => SubmitError,
  toError: (e: SubmitError) => Error,
): ReadableStream<Uint8Array> => {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      pull: async (controller) => {
        try {
          const chunk = await reader.read();
          if (chunk.done) controller.close();
          else controller.enqueue(chunk.value);
        } catch (e) {
          controller.error(toError(failure(e)));
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Nothing is read ahead of the consumer: a slow writer holds the download back.
    { highWaterMark: 0 },
  );
};

/**
 * Opens the download of output artifact `artifactName` of the run's entrypoint (whose node id is the
 * workflow's name). The answer's errors (404 for an artifact the run did not store) are `Left`s; errors
 * while the body is read error the stream with `toError` of a `NetworkFailure`, or of `Cancelled` once
 * `signal` or the client's own `cancel` signal has fired.
 */
export const openArtifactDownload = (
  extras: ArgoServerExtras,
  run: { readonly workflow: Workflow },
  artifactName: string,
  o: { readonly namespace: string; readonly signal?: AbortSignal | undefined; readonly cancel?: AbortSignal | undefined },
  toError: (e: SubmitError) => Error,
): TE.TaskEither<SubmitError, ReadableStream<Uint8Array>> => {
  const name = run.workflow.metadata.name ?? '';
  const ref = { namespace: run.workflow.metadata.namespace ?? o.namespace, name, nodeId: name, artifactName };
  const path = `/${artifactPath(ref)}`;
  const failure = (e: unknown): SubmitError =>
    o.signal?.aborted === true || o.cancel?.aborted === true
      ? { _tag: 'Cancelled', method: 'GET', path }
      : { _tag: 'NetworkFailure', method: 'GET', path, message: `the artifact's content broke off: ${e instanceof Error ? e.message : String(e)}` };
  return pipe(
    extras.artifactStream(ref, o.signal),
    TE.map((body) => readFailures(body, failure, toError)),
  );
};
