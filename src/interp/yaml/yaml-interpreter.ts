import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Problem } from '../../core/problem.js';
import type { Workflow } from '../../core/workflow.js';
import { compileWorkflow, toManifest } from '../manifest/manifest-interpreter.js';
import { emitYaml, emitYamlDocuments } from '../../argo-docs/yaml/emit-yaml.js';

/** The YAML of a workflow, or every problem found. @category interpreters */
export const compileYaml = (wf: Workflow<unknown, unknown>): E.Either<ReadonlyArray<Problem>, string> =>
  pipe(compileWorkflow(wf), E.map(emitYaml));

/**
 * The Argo YAML of a workflow; throws one `TiphysError` listing every problem.
 * @example
 * ```ts
 * process.stdout.write(toYaml(workflow({ generateName: 'dag-diamond-', entrypoint: diamond })));
 * ```
 * @category interpreters
 */
export const toYaml = (wf: Workflow<unknown, unknown>): string => emitYaml(toManifest(wf));

/** Several workflows as one multi-document YAML stream. @category interpreters */
export const toYamlDocuments = (wfs: ReadonlyArray<Workflow<unknown, unknown>>): string =>
  emitYamlDocuments(wfs.map(toManifest));
