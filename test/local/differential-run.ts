// Runs one workflow of Argo's corpus locally as the differential check does: with runLocal on the virtual
// clock, leaves run on this machine (argosay emulated, sh/bash/python3/node as found here), mocks only
// where an entry says so, in a run store that is removed afterwards.
import * as E from 'fp-ts/lib/Either.js';
import { chmodSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Workflow } from '../../src/argo-model/generated/index.js';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import type { LocalMocks } from '../../src/interp/local/leaf-mock.js';
import type { LocalLibrary } from '../../src/interp/local/local-options.js';
import { runLocal } from '../../src/interp/local/run-local.js';
import { tempFiles } from '../support/temp-files.js';
import { ARGO_E2E, ARGO_EXAMPLES } from '../support/vendored-argo.js';
import type { LocalOutcome } from './differential-outcome.js';
import type { GoDocument, GoSubmission } from './e2e-go-suites.js';

type Manifest = Record<string, unknown> & { readonly kind?: string; readonly metadata?: { readonly name?: string; readonly generateName?: string } };

/** The documents of a YAML text (Kubernetes' YAML 1.1), as plain objects. */
export const yamlDocuments = (text: string, where: string): ReadonlyArray<Manifest> => {
  const parsed = parseYaml(text);
  if (E.isLeft(parsed)) throw new Error(`${where}: ${parsed.left.map((p) => `${p.line}:${p.col} ${p.message}`).join('; ')}`);
  return parsed.right.documents.map((d) => d.data as Manifest).filter((d) => d !== null && typeof d === 'object');
};

/**
 * Where a corpus file is: in e2e/, or, for the `functional/` files that are links to an example upstream
 * (left out of the vendored copy), the example of the same name. Undefined when neither is vendored.
 */
export const corpusPath = (file: string): string | undefined =>
  [join(ARGO_E2E, file), ...(file.startsWith('functional/') ? [join(ARGO_EXAMPLES, file.slice('functional/'.length))] : [])].find((p) =>
    existsSync(p),
  );

const textOf = (doc: GoDocument): { readonly text: string; readonly where: string } => {
  if (!('file' in doc)) return { text: doc.inline, where: 'inline YAML' };
  const path = corpusPath(doc.file);
  if (path === undefined) throw new Error(`${doc.file} is not vendored`);
  return { text: readFileSync(path, 'utf8'), where: doc.file };
};

/** The fixture reads a document into the kind it asks for: `apiVersion` and `kind` may be left out. */
const asKind = (m: Manifest, kind: string): Manifest => ({ apiVersion: 'argoproj.io/v1alpha1', kind, ...m });

export interface Submitted {
  readonly workflow: Workflow;
  readonly templates: ReadonlyArray<LocalLibrary>;
}

/** The workflow a Go test submits and the templates it creates first. */
export const submitted = (s: GoSubmission): Submitted => {
  const templates = s.templates.flatMap(({ kind, doc }) => {
    const { text, where } = textOf(doc);
    return yamlDocuments(text, where).map((m) => asKind(m, kind));
  });
  if (s.fromTemplate !== undefined) {
    const name = templates[0]?.metadata?.name ?? '';
    const workflow = asKind(
      { metadata: { generateName: `${name}-` }, spec: { workflowTemplateRef: { name, ...(s.fromTemplate === 'cluster' && { clusterScope: true }) } } },
      'Workflow',
    );
    return { workflow: workflow as unknown as Workflow, templates: templates as unknown as ReadonlyArray<LocalLibrary> };
  }
  const { text, where } = textOf(s.workflow);
  const docs = yamlDocuments(text, where);
  const workflow = docs.find((d) => d.kind === undefined || d.kind === 'Workflow');
  if (workflow === undefined) throw new Error(`${where}: no Workflow document`);
  return { workflow: asKind(workflow, 'Workflow') as unknown as Workflow, templates: templates as unknown as ReadonlyArray<LocalLibrary> };
};

/**
 * Puts a `cowsay` on this process's PATH for host leaves: argoproj/argosay:v1 (and docker/whalesay) ship
 * it, this machine does not. It prints its arguments (without the cow) and succeeds, as cowsay does.
 */
export const installCowsayShim = (): void => {
  const bin = tempFiles('tiphys-shims-');
  chmodSync(bin.file('cowsay', '#!/bin/sh\necho "$*"\n'), 0o755);
  process.env['PATH'] = `${bin.dir}${delimiter}${process.env['PATH'] ?? ''}`;
};

/**
 * Runs a workflow locally with host execution and the given mocks; a refusal to start is an outcome too.
 * The leaf runner is made here (as runLocal's `host: true` makes it) so that its store is removed after.
 */
export const runOnHost = async (workflow: Workflow, templates: ReadonlyArray<LocalLibrary>, mocks: LocalMocks = {}): Promise<LocalOutcome> => {
  const store = tempFiles('tiphys-diff-').dir;
  try {
    const run = await runLocal(workflow, { templates, mocks, leafRunner: createLeafRunner({ store, mocks, host: true }) });
    return { kind: 'ran', name: run.name, phase: run.phase, message: run.message, nodes: Object.values(run.nodes) };
  } catch (e) {
    return { kind: 'rejected', message: e instanceof Error ? e.message : String(e) };
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
};
