// A decoding problem in an Argo document: where it is and what is wrong.
import * as t from 'io-ts';
import type { PathSegment } from '../../argo-model/json-value.js';
import { formatPath } from '../../argo-model/json-value.js';
import { ListType } from '../../argo-model/codec/collection-codecs.js';
import { describeValue } from '../../argo-model/codec/describe-value.js';

export interface ModelProblem {
  /** Dotted path from the document root, e.g. `spec.templates[2].contaner`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
  /** The same path as segments, for locating the node in the source YAML. */
  readonly segments: ReadonlyArray<PathSegment>;
}

/** `spec.templates[2].contaner: unknown field; did you mean "container"?` */
export const formatModelProblem = (p: ModelProblem): string => `${p.path === '' ? '(document)' : p.path}: ${p.message}`;

const isList = (type: t.Decoder<unknown, unknown> | undefined): boolean =>
  type instanceof ListType || (type instanceof t.RecursiveType && isList(type.type as t.Decoder<unknown, unknown>));

const segmentsOf = (context: t.Context): ReadonlyArray<PathSegment> => {
  const out: PathSegment[] = [];
  // Entry 0 is the root codec; each later entry's key is a field name, or an index when its parent is a list.
  for (let i = 1; i < context.length; i++) {
    const entry = context[i];
    if (entry === undefined) continue;
    out.push(isList(context[i - 1]?.type) ? Number(entry.key) : entry.key);
  }
  return out;
};

const problemFromError = (e: t.ValidationError): ModelProblem => {
  const segments = segmentsOf(e.context);
  const expected = e.context[e.context.length - 1]?.type.name ?? 'a value';
  return {
    path: formatPath(segments),
    segments,
    message: e.message ?? `expected ${expected}, got ${describeValue(e.value)}`,
  };
};

/**
 * Most problems listed per document; the rest are counted in one last problem. A hostile file can hold
 * 150,000 problems: listing (and locating) each would cost seconds and flood the terminal.
 */
export const MAX_PROBLEMS_PER_DOCUMENT = 1000;

export const problemsFromErrors = (errors: t.Errors): ReadonlyArray<ModelProblem> => {
  const listed = errors.slice(0, MAX_PROBLEMS_PER_DOCUMENT).map(problemFromError);
  const rest = errors.length - listed.length;
  return rest === 0 ? listed : [...listed, { path: '', segments: [], message: `${rest} more problem(s) in this document are not listed; fix the ones above first` }];
};
