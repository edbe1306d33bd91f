/**
 * Creates that are never duplicated. Every create carries the label `tiphys.io/submission-id`;
 * when an attempt's answer is lost (network error, timeout, 429/502/503/504), the workflow is first
 * looked up by that label and returned if it exists; only otherwise is the create sent again.
 * A name is also fixed client-side from `generateName`, so a create still in flight when the
 * lookup ran makes the repeat fail with 409 instead of creating a second workflow.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { ArgoApi, CreateOptions, SubmitFromOptions, ResourceKind } from './argo-api.js';
import type { Workflow } from '../../argo-model/generated/index.js';
import type { ArgoManifest } from '../typed-io/argo-manifest.js';
import { SUBMISSION_LABEL } from './submission-label.js';
import { neverReachedServer, type SubmitError } from './submit-error.js';

// model

export interface RetryPolicy {
  readonly retryLimit: number;
  readonly backoffMs: number;
  readonly backoffLimitMs: number;
  readonly log?: ((line: string) => void) | undefined;
}

// utils

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A failure after which the server may or may not have acted. */
export const isRetriable = (e: SubmitError): boolean =>
  e._tag === 'NetworkFailure' ||
  e._tag === 'RequestTimeout' ||
  (e._tag === 'HttpFailure' && [429, 502, 503, 504].includes(e.status));

const delayFor = (p: RetryPolicy, attempt: number, e: SubmitError): number =>
  e._tag === 'HttpFailure' && e.retryAfterMs !== undefined
    ? e.retryAfterMs
    : Math.min(p.backoffLimitMs, p.backoffMs * 2 ** (attempt - 1));

// Kubernetes' own generateName alphabet: no vowels, no look-alike digits.
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const randomSuffix = (): string => Array.from(randomBytes(5), (b) => ALPHABET[b % ALPHABET.length]).join('');

export const newSubmissionId = (): string => randomUUID();

/** Adds the submission label and, when only `generateName` is set, a concrete name. */
export const labelManifest = (m: ArgoManifest, submissionId: string, assignName: boolean): ArgoManifest => {
  const { generateName, name } = m.metadata;
  const fixedName = name ?? (assignName && generateName !== undefined ? `${generateName}${randomSuffix()}` : undefined);
  return {
    ...m,
    metadata: {
      ...m.metadata,
      ...(fixedName === undefined ? {} : { name: fixedName }),
      labels: { ...m.metadata.labels, [SUBMISSION_LABEL]: submissionId },
    },
  };
};

/**
 * The retry loop shared by creates and submits-from-template: `send` makes one attempt, `lookup`
 * finds what an earlier attempt may have created, `byName` resolves a 409 on a repeat.
 */
export const retryWithoutDuplicates =
  (
    p: RetryPolicy,
    send: () => TE.TaskEither<SubmitError, Workflow>,
    lookup: () => TE.TaskEither<SubmitError, Workflow | undefined>,
    byName: (() => TE.TaskEither<SubmitError, Workflow | undefined>) | undefined,
    submissionId: string,
  ): TE.TaskEither<SubmitError, Workflow> =>
  async () => {
    let last: SubmitError | undefined;
    for (let attempt = 0; attempt <= p.retryLimit; attempt++) {
      if (attempt > 0 && last !== undefined) {
        await sleep(delayFor(p, attempt, last));
        const found = await lookup()();
        if (E.isRight(found) && found.right !== undefined) {
          p.log?.(`~ create answer was lost; found the workflow ${found.right.metadata.name ?? ''} by its submission label`);
          return E.right(found.right);
        }
        // An unanswered lookup proves nothing; sending again could duplicate, so look again later.
        if (E.isLeft(found)) {
          last = found.left;
          continue;
        }
        p.log?.(`~ retry ${attempt} of create after: ${last._tag}`);
      }
      const r = await send()();
      if (E.isRight(r)) return r;
      if (attempt > 0 && byName !== undefined && r.left._tag === 'HttpFailure' && r.left.status === 409) {
        const existing = await byName()();
        if (E.isRight(existing) && existing.right !== undefined) return E.right(existing.right);
      }
      // A first attempt that reached no server created nothing: that is the answer, not an uncertainty.
      if (!isRetriable(r.left) || (attempt === 0 && neverReachedServer(r.left))) return r;
      last = r.left;
    }
    // Retries ran out while an earlier attempt may have landed: say how to find it.
    return E.left(last === undefined ? { _tag: 'UsageFailure', message: 'create was not attempted' } : { _tag: 'CreateUncertain', submissionId, last });
  };

const lookupByLabel =
  (api: ArgoApi, ns: string, submissionId: string): (() => TE.TaskEither<SubmitError, Workflow | undefined>) =>
  () =>
  async () => {
    const r = await api.listWorkflows(ns, { labelSelector: `${SUBMISSION_LABEL}=${submissionId}` })();
    return E.isLeft(r) ? r : E.right(r.right.items[0]);
  };

/**
 * A submission id the caller chose may have been used by an earlier process (a CI job re-run after
 * `kill -9`): what it created is returned instead of creating again.
 */
const existingOr =
  (
    callerId: string | undefined,
    lookup: () => TE.TaskEither<SubmitError, Workflow | undefined>,
    create: TE.TaskEither<SubmitError, Workflow>,
  ): TE.TaskEither<SubmitError, Workflow> =>
  async () => {
    if (callerId === undefined) return create();
    const found = await lookup()();
    if (E.isLeft(found)) return found;
    return found.right === undefined ? create() : E.right(found.right);
  };

// constructors

export const createWorkflowOnce = (
  api: ArgoApi,
  p: RetryPolicy,
  ns: string,
  manifest: ArgoManifest,
  o: CreateOptions & { readonly submissionId?: string | undefined; readonly assignName?: boolean | undefined },
): TE.TaskEither<SubmitError, Workflow> => {
  const submissionId = o.submissionId ?? newSubmissionId();
  const labelled = labelManifest(manifest, submissionId, o.assignName ?? true);
  const opts: CreateOptions = { serverDryRun: o.serverDryRun, dryRun: o.dryRun };
  // Dry runs store nothing, so a plain repeat cannot duplicate.
  const dry = o.serverDryRun === true || o.dryRun === true;
  const name = labelled.metadata.name;
  const byName =
    name === undefined
      ? undefined
      : () => async (): Promise<E.Either<SubmitError, Workflow | undefined>> => {
          const r = await api.getWorkflow(ns, name)();
          if (E.isLeft(r)) return r;
          return E.right(r.right.metadata.labels?.[SUBMISSION_LABEL] === submissionId ? r.right : undefined);
        };
  const lookup = dry ? () => async () => E.right(undefined) : lookupByLabel(api, ns, submissionId);
  return existingOr(o.submissionId, lookup, retryWithoutDuplicates(p, () => api.createWorkflow(ns, labelled, opts), lookup, byName, submissionId));
};

export const submitFromOnce = (
  api: ArgoApi,
  p: RetryPolicy,
  ns: string,
  kind: ResourceKind,
  name: string,
  o: SubmitFromOptions & { readonly submissionId?: string | undefined },
): TE.TaskEither<SubmitError, Workflow> => {
  const submissionId = o.submissionId ?? newSubmissionId();
  const opts: SubmitFromOptions = { ...o, labels: { ...o.labels, [SUBMISSION_LABEL]: submissionId } };
  const lookup = o.serverDryRun === true ? () => async () => E.right(undefined) : lookupByLabel(api, ns, submissionId);
  return existingOr(o.submissionId, lookup, retryWithoutDuplicates(p, () => api.submitFrom(ns, kind, name, opts), lookup, undefined, submissionId));
};
