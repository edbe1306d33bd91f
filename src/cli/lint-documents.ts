import { documentLabel, isArgoKind, templateRegistry, validateDocument } from '../interp/validate/index.js';
import type { Problem } from '../interp/validate/index.js';

// model

export interface SourcedDocument {
  readonly source: string;
  readonly doc: unknown;
}

export interface SkippedDocument {
  readonly source: string;
  readonly document: string;
  readonly reason: string;
}

export interface LintResult<D extends SourcedDocument = SourcedDocument> {
  /** Per validated input document, in order: its problems (empty when clean). */
  readonly results: ReadonlyArray<{ readonly input: D; readonly problems: ReadonlyArray<Problem> }>;
  readonly skipped: ReadonlyArray<SkippedDocument>;
}

const kindOf = (doc: unknown): unknown =>
  typeof doc === 'object' && doc !== null && !Array.isArray(doc)
    ? (doc as { readonly kind?: unknown }).kind
    : undefined;

const skipReason = (doc: unknown): string | undefined => {
  const kind = kindOf(doc);
  if (isArgoKind(kind)) return undefined;
  if (kind === 'WorkflowEventBinding') return 'WorkflowEventBinding is not a workflow; not validated';
  if (typeof kind === 'string') return `${kind} is not an Argo workflow kind; skipped`;
  return undefined;
};

/**
 * Validates every Workflow, WorkflowTemplate, ClusterWorkflowTemplate and CronWorkflow among
 * `docs`; templateRefs resolve against the (Cluster)WorkflowTemplates among them. Documents of
 * other kinds are skipped with a reason; documents without a kind are validated (and fail).
 */
export const lintDocuments = <D extends SourcedDocument>(docs: ReadonlyArray<D>): LintResult<D> => {
  const registry = templateRegistry(docs.map((d) => d.doc));
  const skipped: Array<SkippedDocument> = [];
  const results = docs.flatMap((input) => {
    const reason = skipReason(input.doc);
    if (reason !== undefined) {
      skipped.push({ source: input.source, document: documentLabel(input.doc), reason });
      return [];
    }
    return [{ input, problems: validateDocument(input.doc, { source: input.source, templatesByName: registry }) }];
  });
  return { results, skipped };
};
