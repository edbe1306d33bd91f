// Reads Argo's e2e Go suites (vendor/argo/e2e/*_test.go) for what each test submits: the workflows, the
// WorkflowTemplates it creates first, and whether it submits a workflow from a template. The YAML is taken
// from the Go source itself (inline raw strings or `@dir/file.yaml` references), so the differential
// check runs exactly what the suite submits.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARGO_E2E } from '../support/vendored-argo.js';
import { filesUnder } from '../support/files-under.js';

/** A document a Go test hands to the fixture: inline YAML, or a corpus path such as `testdata/x.yaml`. */
export type GoDocument = { readonly inline: string } | { readonly file: string };

export interface GoTemplate {
  readonly kind: 'WorkflowTemplate' | 'ClusterWorkflowTemplate';
  readonly doc: GoDocument;
}

/** One workflow one Go test submits. */
export interface GoSubmission {
  /** `functional_test.go:TestContinueOnFail`, with `#2` for a test's second submission. */
  readonly key: string;
  readonly suite: string;
  readonly test: string;
  readonly workflow: GoDocument;
  /** WorkflowTemplates and ClusterWorkflowTemplates the test creates before submitting. */
  readonly templates: ReadonlyArray<GoTemplate>;
  /** The workflow is `SubmitWorkflowsFromWorkflowTemplates()`: a workflowTemplateRef to the template. */
  readonly fromTemplate?: 'namespaced' | 'cluster';
  /** The Go source of the whole test, to read its assertions. */
  readonly source: string;
}

/** Where the Go suites are; every `@x/y.yaml` they name is relative to it. */
export const GO_SUITES = filesUnder(ARGO_E2E, '_test.go').map((f) => relative(ARGO_E2E, f));

/** The corpus of workflow files, relative to vendor/argo/e2e. */
export const corpusFiles = (): ReadonlyArray<string> =>
  ['functional', 'testdata', 'expectedfailures'].flatMap((d) =>
    filesUnder(join(ARGO_E2E, d), '.yaml').map((f) => relative(ARGO_E2E, f)),
  );

const CALL = /\b(Workflow|WorkflowTemplate|ClusterWorkflowTemplate)\((?:fmt\.Sprintf\()?(`[^`]*`|"[^"]*")/g;

const documentOf = (literal: string): GoDocument => {
  const text = literal.slice(1, -1);
  return text.startsWith('@') ? { file: text.slice(1) } : { inline: text };
};

/** Each `func (s *XSuite) TestY()` of a Go file with its body. */
const testsOf = (source: string): ReadonlyArray<{ readonly test: string; readonly body: string }> => {
  const starts = [...source.matchAll(/^func \(s \*\w+\) (Test\w+)\(\)/gm)];
  return starts.map((m, i) => ({
    test: m[1]!,
    body: source.slice(m.index, starts[i + 1]?.index ?? source.length),
  }));
};

/** Every workflow every vendored Go suite submits, in source order. */
export const goSubmissions = (): ReadonlyArray<GoSubmission> =>
  GO_SUITES.flatMap((suite) => {
    const source = readFileSync(join(ARGO_E2E, suite), 'utf8');
    return testsOf(source).flatMap(({ test, body }) => {
      const calls = [...body.matchAll(CALL)].map((m) => ({ kind: m[1]!, doc: documentOf(m[2]!) }));
      const templates = calls.flatMap((c) => (c.kind === 'Workflow' ? [] : [{ kind: c.kind as GoTemplate['kind'], doc: c.doc }]));
      const workflows = calls.filter((c) => c.kind === 'Workflow').map((c) => c.doc);
      const fromTemplate = body.includes('SubmitWorkflowsFromClusterWorkflowTemplates')
        ? ('cluster' as const)
        : body.includes('SubmitWorkflowsFromWorkflowTemplates')
          ? ('namespaced' as const)
          : undefined;
      const base = { suite, test, templates, source: body };
      if (workflows.length === 0 && fromTemplate !== undefined && templates[0] !== undefined)
        return [{ ...base, key: `${suite}:${test}`, workflow: templates[0].doc, fromTemplate }];
      return workflows.map((workflow, i) => ({
        ...base,
        key: `${suite}:${test}${workflows.length > 1 ? `#${i + 1}` : ''}`,
        workflow,
      }));
    });
  });
