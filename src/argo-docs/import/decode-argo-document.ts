// Decodes one parsed document into the typed Argo model, by its `kind`.
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { closestName } from '../../argo-model/codec/closest-name.js';
import { describeValue } from '../../argo-model/codec/describe-value.js';
import {
  ClusterWorkflowTemplateCodec,
  CronWorkflowCodec,
  WorkflowCodec,
  WorkflowTemplateCodec,
} from '../../argo-model/generated/argo-codecs.js';
import type { ClusterWorkflowTemplate, CronWorkflow, Workflow, WorkflowTemplate } from '../../argo-model/generated/argo-types.js';
import { field, isRecord } from '../../argo-model/json-value.js';
import type { ArgoKind } from './argo-kinds.js';
import { ARGO_KINDS, isArgoKind } from './argo-kinds.js';
import type { ModelProblem } from './model-problem.js';
import { problemsFromErrors } from './model-problem.js';

/** The four workflow kinds tiphys reads, writes and validates. */
export type ArgoDocument = Workflow | WorkflowTemplate | ClusterWorkflowTemplate | CronWorkflow;

const CODECS: { readonly [K in ArgoKind]: t.Decoder<unknown, Extract<ArgoDocument, { kind: K }>> } = {
  Workflow: WorkflowCodec,
  WorkflowTemplate: WorkflowTemplateCodec,
  ClusterWorkflowTemplate: ClusterWorkflowTemplateCodec,
  CronWorkflow: CronWorkflowCodec,
};

/** Runs any model codec and turns io-ts errors into path + message problems. */
export const decodeWith =
  <A>(codec: t.Decoder<unknown, A>) =>
  (u: unknown): E.Either<ReadonlyArray<ModelProblem>, A> => {
    const r = codec.validate(u, [{ key: '', type: codec, actual: u }]);
    return r._tag === 'Right' ? E.right(r.right) : E.left(problemsFromErrors(r.left));
  };

const kindProblem = (u: unknown): ModelProblem => {
  const kind = field(u, 'kind');
  if (typeof kind !== 'string') {
    return { path: 'kind', segments: ['kind'], message: `expected one of ${ARGO_KINDS.join(', ')}, got ${describeValue(kind)}` };
  }
  const guess = closestName(kind, ARGO_KINDS);
  const hint = guess === undefined ? `expected one of ${ARGO_KINDS.join(', ')}` : `did you mean "${guess}"?`;
  return { path: 'kind', segments: ['kind'], message: `unknown Argo kind "${kind}"; ${hint}` };
};

/** Decodes a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or CronWorkflow; reports every problem found. */
export const decodeArgoDocument = (u: unknown): E.Either<ReadonlyArray<ModelProblem>, ArgoDocument> => {
  if (!isRecord(u)) {
    return E.left([{ path: '', segments: [], message: `expected a map (an Argo document), got ${describeValue(u)}` }]);
  }
  const kind = field(u, 'kind');
  return isArgoKind(kind) ? decodeWith<ArgoDocument>(CODECS[kind])(u) : E.left([kindProblem(u)]);
};
