// `fromYaml`: Argo YAML (any number of documents) into the typed model, with every problem located.
import * as E from 'fp-ts/lib/Either.js';
import type { ParseYamlOptions, YamlDocument } from '../yaml/parse-yaml.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { YamlProblem } from '../yaml/yaml-problem.js';
import { closestName } from './codec/closest-name.js';
import type { ArgoDocument } from './decode-argo-document.js';
import { ARGO_KINDS, decodeArgoDocument, decodeWith, isArgoKind } from './decode-argo-document.js';
import { WorkflowEventBindingCodec } from './model/argo-codecs.js';
import type { ModelProblem } from './model-problem.js';

export interface ImportProblem {
  /** File name or other label given to `fromYaml`. */
  readonly source: string | undefined;
  readonly line: number;
  readonly col: number;
  /** The document, e.g. `Workflow hello-world-`, or `document 2` when it has no kind/name yet. */
  readonly document: string | undefined;
  /** Path inside the document (`spec.templates[2].contaner`); empty for YAML-level problems. */
  readonly path: string;
  readonly message: string;
}

interface Located {
  /** 0-based position among the non-empty documents of the text. */
  readonly index: number;
  readonly line: number;
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

export interface ImportedYaml {
  readonly documents: ReadonlyArray<ImportedDocument>;
  readonly warnings: ReadonlyArray<ImportProblem>;
}

const field = (data: unknown, key: string): unknown =>
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;

const documentLabel = (doc: YamlDocument): string => {
  const kind = field(doc.data, 'kind');
  const metadata = field(doc.data, 'metadata');
  const name = field(metadata, 'name') ?? field(metadata, 'generateName');
  if (typeof kind !== 'string') return `document ${doc.index + 1}`;
  return typeof name === 'string' ? `${kind} ${name}` : kind;
};

type Outcome = E.Either<ReadonlyArray<ModelProblem>, ImportedDocument>;

const skipped = (doc: YamlDocument, kind: string, note: string): Outcome =>
  E.right({ _tag: 'Skipped', index: doc.index, line: doc.line, kind, note, data: doc.data });

const problem = (path: string, message: string): ReadonlyArray<ModelProblem> => [
  { path, segments: path === '' ? [] : [path], message },
];

const importDocument = (doc: YamlDocument): Outcome => {
  const { data } = doc;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return E.left(problem('', 'expected a Kubernetes manifest (a map with apiVersion and kind)'));
  }
  const kind = field(data, 'kind');
  const apiVersion = field(data, 'apiVersion');
  if (isArgoKind(kind)) {
    return E.map((document: ArgoDocument): ImportedDocument => ({ _tag: 'Argo', index: doc.index, line: doc.line, document }))(
      decodeArgoDocument(data),
    );
  }
  if (typeof kind !== 'string') return E.left(problem('kind', `missing kind; expected one of ${ARGO_KINDS.join(', ')}`));
  const argo = typeof apiVersion === 'string' && apiVersion.startsWith('argoproj.io/');
  if (argo && kind === 'WorkflowEventBinding') {
    return E.flatMap(decodeWith(WorkflowEventBindingCodec)(data), () =>
      skipped(doc, kind, 'WorkflowEventBinding is not a workflow: checked for unknown fields, not validated further'),
    );
  }
  const guess = argo ? closestName(kind, ARGO_KINDS) : undefined;
  if (guess !== undefined) return E.left(problem('kind', `unknown Argo kind "${kind}"; did you mean "${guess}"?`));
  return skipped(doc, kind, `${kind} (${String(apiVersion)}) is not an Argo workflow kind; skipped`);
};

const fromYamlProblem = (source: string | undefined) => (p: YamlProblem): ImportProblem => ({
  source,
  line: p.line,
  col: p.col,
  document: undefined,
  path: '',
  message: p.message,
});

/**
 * Parses `text` and decodes each Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow
 * into the typed model; other kinds come back as `Skipped` with a note. Never throws: malformed YAML,
 * unknown fields, wrong types all come back as problems with line, column and path.
 */
export const fromYaml = (
  text: string,
  source?: string,
  options: ParseYamlOptions = {},
): E.Either<ReadonlyArray<ImportProblem>, ImportedYaml> => {
  const parsed = parseYaml(text, options);
  if (parsed._tag === 'Left') return E.left(parsed.left.map(fromYamlProblem(source)));
  const problems: ImportProblem[] = [];
  const documents: ImportedDocument[] = [];
  for (const doc of parsed.right.documents) {
    const outcome = importDocument(doc);
    if (outcome._tag === 'Right') {
      documents.push(outcome.right);
      continue;
    }
    const label = documentLabel(doc);
    for (const p of outcome.left) {
      const { line, col } = doc.locate(p.segments);
      problems.push({ source, line, col, document: label, path: p.path, message: p.message });
    }
  }
  if (problems.length > 0) return E.left(problems);
  return E.right({ documents, warnings: parsed.right.warnings.map(fromYamlProblem(source)) });
};

/** `file.yaml:12:5: Workflow hello-: spec.templates[2].contaner: unknown field; did you mean "container"?` */
export const formatImportProblem = (p: ImportProblem): string => {
  const where = `${p.source === undefined ? '' : `${p.source}:`}${p.line}:${p.col}`;
  const what = [p.document, p.path].filter((s) => s !== undefined && s !== '').join(': ');
  return `${where}: ${what === '' ? '' : `${what}: `}${p.message}`;
};
