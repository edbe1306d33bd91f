// `fromYaml`: Argo YAML (any number of documents) into the typed model, with every problem located.
import * as E from 'fp-ts/lib/Either.js';
import { field, isRecord } from '../../argo-model/json-value.js';
import type { Problem } from '../../core/problem.js';
import { formatProblem } from '../../core/problem.js';
import type { ParseYamlOptions, YamlDocument } from '../yaml/parse-yaml.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { YamlLocation, YamlPath } from '../yaml/yaml-locate.js';
import type { YamlProblem } from '../yaml/yaml-problem.js';
import { closestName } from '../../argo-model/codec/closest-name.js';
import type { ArgoDocument } from './decode-argo-document.js';
import { ARGO_KINDS, isArgoKind } from './argo-kinds.js';
import { decodeArgoDocument, decodeWith } from './decode-argo-document.js';
import { WorkflowEventBindingCodec } from '../../argo-model/generated/argo-codecs.js';
import type { ModelProblem } from './model-problem.js';
import { documentLabel, pathContext } from './problem-context.js';

/** A problem in a YAML file: the core `Problem` (document, template, task, path) plus where it is. */
export interface ImportProblem extends Problem {
  /** File name or other label given to `fromYaml`. */
  readonly source?: string;
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
}

export interface Located {
  /** 0-based position among the non-empty documents of the text. */
  readonly index: number;
  /** Line where the document starts. */
  readonly line: number;
  /** `Workflow/hello-`, as problems name it. */
  readonly label: string;
  /** Source position of a path into this document, for problems found later (e.g. by the validator). */
  readonly locate: (path: YamlPath) => YamlLocation;
}

export interface ImportedArgo extends Located {
  readonly _tag: 'Argo';
  readonly document: ArgoDocument;
}

/** A document that is not one of the four workflow kinds (ConfigMap, Argo Events, ...), kept as data. */
export interface SkippedDocument extends Located {
  readonly _tag: 'Skipped';
  readonly kind: string;
  readonly note: string;
  readonly data: unknown;
}

export type ImportedDocument = ImportedArgo | SkippedDocument;

/** One document of a stream: decoded, or the problems that kept it from decoding. */
export interface DocumentImport extends Located {
  /** The document as parsed, before decoding: what a validator checks even when decoding failed. */
  readonly data: unknown;
  readonly result: E.Either<ReadonlyArray<ImportProblem>, ImportedDocument>;
}

export interface ImportedStream {
  readonly documents: ReadonlyArray<DocumentImport>;
  /** Accepted YAML quirks, each with the line to fix. */
  readonly warnings: ReadonlyArray<ImportProblem>;
}

export interface ImportedYaml {
  readonly documents: ReadonlyArray<ImportedDocument>;
  readonly warnings: ReadonlyArray<ImportProblem>;
}

const problem = (path: string, message: string): ReadonlyArray<ModelProblem> => [
  { path, segments: path === '' ? [] : [path], message },
];

/** Decodes one parsed document by kind; model problems still carry only paths. */
const decodeDocument = (doc: YamlDocument, located: Located): E.Either<ReadonlyArray<ModelProblem>, ImportedDocument> => {
  const { data } = doc;
  if (!isRecord(data)) {
    return E.left(problem('', 'expected a Kubernetes manifest (a map with apiVersion and kind)'));
  }
  const kind = field(data, 'kind');
  const apiVersion = field(data, 'apiVersion');
  if (isArgoKind(kind)) {
    return E.map((document: ArgoDocument): ImportedDocument => ({ _tag: 'Argo', ...located, document }))(decodeArgoDocument(data));
  }
  if (typeof kind !== 'string') return E.left(problem('kind', `missing kind; expected one of ${ARGO_KINDS.join(', ')}`));
  const skipped = (note: string): ImportedDocument => ({ _tag: 'Skipped', ...located, kind, note, data });
  const argo = typeof apiVersion === 'string' && apiVersion.startsWith('argoproj.io/');
  if (argo && kind === 'WorkflowEventBinding') {
    return E.map(() => skipped('WorkflowEventBinding is not a workflow: checked for unknown fields, not validated further'))(
      decodeWith(WorkflowEventBindingCodec)(data),
    );
  }
  const guess = argo ? closestName(kind, ARGO_KINDS) : undefined;
  if (guess !== undefined) return E.left(problem('kind', `unknown Argo kind "${kind}"; did you mean "${guess}"?`));
  return E.right(skipped(`${kind} (${String(apiVersion)}) is not an Argo workflow kind; skipped`));
};

const withSource = (source: string | undefined): { readonly source?: string } => (source === undefined ? {} : { source });

const fromYamlProblem =
  (source: string | undefined) =>
  (p: YamlProblem): ImportProblem => ({ ...withSource(source), line: p.line, col: p.col, message: p.message });

const importDocument = (doc: YamlDocument, source: string | undefined): DocumentImport => {
  const label = documentLabel(doc.data, doc.index);
  const located: Located = { index: doc.index, line: doc.line, label, locate: doc.locate };
  const result = E.mapLeft((problems: ReadonlyArray<ModelProblem>) =>
    problems.map((p): ImportProblem => ({
      ...withSource(source),
      ...doc.locate(p.segments),
      document: label,
      ...pathContext(doc.data, p.segments),
      ...(p.path === '' ? {} : { path: p.path }),
      message: p.message,
    })),
  )(decodeDocument(doc, located));
  return { ...located, data: doc.data, result };
};

/**
 * Every document of `text` with its own outcome, so a caller (lint) can report the broken ones and
 * still check the rest. Left only when the text itself is not readable YAML.
 */
export const importYaml = (
  text: string,
  source?: string,
  options: ParseYamlOptions = {},
): E.Either<ReadonlyArray<ImportProblem>, ImportedStream> =>
  E.bimap(
    (problems: ReadonlyArray<YamlProblem>) => problems.map(fromYamlProblem(source)),
    (parsed: { readonly documents: ReadonlyArray<YamlDocument>; readonly warnings: ReadonlyArray<YamlProblem> }) => ({
      documents: parsed.documents.map((d) => importDocument(d, source)),
      warnings: parsed.warnings.map(fromYamlProblem(source)),
    }),
  )(parseYaml(text, options));

/**
 * Parses `text` and decodes each Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow
 * into the typed model; other kinds come back as `Skipped` with a note. Never throws: malformed YAML,
 * unknown fields, wrong types all come back as problems with line, column, document and path.
 */
export const fromYaml = (
  text: string,
  source?: string,
  options: ParseYamlOptions = {},
): E.Either<ReadonlyArray<ImportProblem>, ImportedYaml> =>
  E.flatMap(importYaml(text, source, options), (stream): E.Either<ReadonlyArray<ImportProblem>, ImportedYaml> => {
    const problems = stream.documents.flatMap((d) => (E.isLeft(d.result) ? d.result.left : []));
    if (problems.length > 0) return E.left(problems);
    const documents = stream.documents.flatMap((d) => (E.isRight(d.result) ? [d.result.right] : []));
    return E.right({ documents, warnings: stream.warnings });
  });

/** `file.yaml:12:5: Workflow/hello- › template 'main' › spec.templates[0].contaner: unknown field; ...` */
export const formatImportProblem = (p: ImportProblem): string =>
  `${p.source === undefined ? '' : `${p.source}:`}${p.line}:${p.col}: ${formatProblem(p)}`;
