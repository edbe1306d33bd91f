import * as E from 'fp-ts/lib/Either.js';
import type { Problem as CoreProblem } from '../core/problem.js';
import type { ImportProblem } from '../argo-docs/import/from-yaml.js';
import { importYaml } from '../argo-docs/import/from-yaml.js';
import { isArgoKind, templateRegistry, validateDocument } from '../argo-docs/validate/index.js';
import { field, pathSegments } from '../argo-model/json-value.js';
import { MAX_PROBLEMS_PER_DOCUMENT } from '../argo-docs/import/model-problem.js';
import type { YamlLocation, YamlPath } from '../argo-docs/yaml/yaml-locate.js';

// model

/** A problem and where it is: the file, and line and column when the document came from YAML. */
export interface LintProblem extends CoreProblem {
  readonly source?: string;
  readonly line?: number;
  readonly col?: number;
}

/** One document to lint: read from YAML (with its decoding problems and positions) or rendered from a module. */
export interface LintInput {
  readonly source: string;
  readonly doc: unknown;
  /** Problems found while reading it (decoding into the Argo model), already located. */
  readonly found?: ReadonlyArray<LintProblem>;
  /** Source position of a path into `doc`. */
  readonly locate?: (path: YamlPath) => YamlLocation;
  /** Set for a document that is not a workflow kind: why it is not validated. */
  readonly skip?: { readonly document: string; readonly line: number; readonly reason: string };
}

export interface SkippedDocument {
  readonly source: string;
  readonly line?: number;
  readonly document: string;
  readonly reason: string;
}

export interface LintResult {
  /**
   * Per checked input document, in order: its problems (empty when clean), by position, at most
   * `MAX_PROBLEMS_PER_DOCUMENT` of them; `omitted` counts the rest.
   */
  readonly results: ReadonlyArray<{ readonly input: LintInput; readonly problems: ReadonlyArray<LintProblem>; readonly omitted: number }>;
  readonly skipped: ReadonlyArray<SkippedDocument>;
}

/** What a YAML file holds for lint: its documents, the quirks it was read with, or why it is unreadable. */
export interface YamlLintFile {
  readonly inputs: ReadonlyArray<LintInput>;
  readonly warnings: ReadonlyArray<ImportProblem>;
  readonly errors: ReadonlyArray<ImportProblem>;
}

// constructors

/**
 * Reads a (multi-document) YAML file with the shared reader: each document is decoded into the exact
 * Argo model (unknown fields, wrong types) and kept as data, so the validator still checks it.
 */
export const readYamlForLint = (text: string, source: string): YamlLintFile => {
  const stream = importYaml(text, source);
  if (E.isLeft(stream)) return { inputs: [], warnings: [], errors: stream.left };
  const inputs = stream.right.documents.map((d): LintInput => {
    const found = E.isLeft(d.result) ? d.result.left : [];
    // A WorkflowEventBinding is read as data (it is no workflow) and validated with its own rules.
    const skipped = E.isRight(d.result) && d.result.right._tag === 'Skipped' && d.result.right.kind !== 'WorkflowEventBinding' ? d.result.right : undefined;
    return {
      source,
      doc: d.data,
      found,
      locate: d.locate,
      ...(skipped === undefined ? {} : { skip: { document: d.label, line: d.line, reason: skipped.note } }),
    };
  });
  return { inputs, warnings: stream.right.warnings, errors: [] };
};

// operations

/** `path` and each path it lies within (`a.b[0]` → `a.b[0]`, `a.b`, `a`, ``): a set lookup each, not a scan of every problem. */
const enclosingPaths = (path: string): ReadonlyArray<string> => {
  const out = [path, ''];
  for (let i = 0; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  return out;
};

const byPosition = (a: LintProblem, b: LintProblem): number =>
  (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);

/**
 * Validates every Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow and WorkflowEventBinding among `inputs`
 * (templateRefs resolve against the (Cluster)WorkflowTemplates among them) and adds the problems
 * found while reading. A validator problem at or inside a field the model already refused is the
 * same problem told twice, and is left out.
 */
export const lintDocuments = (inputs: ReadonlyArray<LintInput>): LintResult => {
  const registry = templateRegistry(inputs.map((d) => d.doc));
  const skipped: Array<SkippedDocument> = [];
  const results = inputs.flatMap((input) => {
    if (input.skip !== undefined) {
      skipped.push({ source: input.source, ...input.skip });
      return [];
    }
    const found = input.found ?? [];
    // What the reader did not decode as a workflow kind has its problems already, and a module's plain
    // Kubernetes object was checked when it rendered; Argo's kinds and WorkflowEventBindings are validated.
    const kind = field(input.doc, 'kind');
    const validated = isArgoKind(kind) || kind === 'WorkflowEventBinding'
      ? validateDocument(input.doc, { source: input.source, templatesByName: registry })
      : [];
    const refused = new Set(found.map((f) => f.path ?? ''));
    const located = validated
      .filter((p) => !enclosingPaths(p.path).some((under) => refused.has(under)))
      .map((p): LintProblem => (input.locate === undefined ? p : { ...p, ...input.locate(pathSegments(p.path)) }));
    const all = [...found, ...located].sort(byPosition);
    return [{ input, problems: all.slice(0, MAX_PROBLEMS_PER_DOCUMENT), omitted: Math.max(0, all.length - MAX_PROBLEMS_PER_DOCUMENT) }];
  });
  return { results, skipped };
};
