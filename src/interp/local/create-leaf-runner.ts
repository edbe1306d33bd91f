// How one leaf runs: its mock, else its implementation, else (with `host`) its command on this machine;
// with none of these, an error that names the template and the ways to run it.
import * as E from 'fp-ts/lib/Either.js';
import type { Template } from '../../argo-model/generated/index.js';
import type { LeafRequest, LeafResult, LeafRunner } from './leaf-runner.js';
import { mockFor, runMock, type LocalMocks } from './leaf-mock.js';
import { runImplementation, type Implementation, type LocalImplementations } from './leaf-implementation.js';
import type { TemplateCodecs } from './template-codecs.js';
import { errorResult } from './leaf-outputs.js';
import { nodeDirs } from './host-paths.js';
import { inputArtifacts } from './input-artifacts.js';
import { runOnHost } from './host-container.js';
import { httpOnHost, runHttp } from './host-http.js';

// model

/** @category model */
export interface LeafRunnerOptions {
  /** The run's temp store: a directory for artifacts and each attempt's sandbox. */
  readonly store: string;
  /** Fixed outputs or phase, by template name. They win over an implementation of the same name. */
  readonly mocks?: LocalMocks;
  /** Functions from decoded inputs to outputs, by template name. */
  readonly implementations?: LocalImplementations;
  /** Parameter codecs by template name (`templateCodecs`), for a tiphys workflow; without, values are strings. */
  readonly codecs?: ReadonlyMap<string, TemplateCodecs>;
  /** Run containers' and scripts' commands, and http templates' loopback requests, on this machine. */
  readonly host?: boolean;
}

// utils

/** Why a template cannot run on this machine, or `undefined` when it can. */
const hostRefusal = (template: Template): string | undefined => {
  if (template.container !== undefined || template.script !== undefined) return undefined;
  if (template.http !== undefined) return httpOnHost(template);
  const kind = (['resource', 'containerSet', 'data', 'plugin', 'suspend'] as const).find((k) => template[k] !== undefined);
  return `a ${kind ?? 'template of this kind'} template runs on this machine only through a mock or an implementation`;
};

const own = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** The sentence for a leaf nothing can run, naming the template and the ways to run it. */
const noWayToRun = (name: string, host: boolean, refusal: string | undefined): string => {
  const ways = `a mock (mocks: { '${name}': { result: '...' } }, or --mock file.json), an implementation (implementations: { '${name}': async (inputs) => ({ ... }) })`;
  if (refusal === undefined) return `Template "${name}" has no way to run locally: give it ${ways}, or run its command on this machine with host: true (--host).`;
  return host
    ? `Template "${name}" cannot run on this machine: ${refusal}. Give it ${ways}.`
    : `Template "${name}" has no way to run locally: give it ${ways}; ${refusal}.`;
};

// constructors

/**
 * A `LeafRunner` that runs each leaf attempt by its template's mock, else its implementation, else, with
 * `host`, its command on this machine (scripts and containers) or its request (http to a loopback URL).
 * A leaf with none of these ends in `Error` with a message naming the template and the ways to run it.
 * @category constructors
 */
export const createLeafRunner =
  (options: LeafRunnerOptions): LeafRunner =>
  async (request: LeafRequest): Promise<LeafResult> => {
    const name = request.node.templateName;
    const mock = mockFor(options.mocks, name, request.node.attempt);
    if (mock !== undefined) return runMock(mock, request.template, request.node, options.store);
    // Inputs are decoded by name at run time: the record's static input type cannot be checked here.
    const implementation = own(options.implementations, name) as Implementation<Readonly<Record<string, unknown>>> | undefined;
    const host = options.host === true;
    const refusal = hostRefusal(request.template);
    if (implementation === undefined && (!host || refusal !== undefined)) return errorResult(noWayToRun(name, host, refusal));
    const dirs = nodeDirs(options.store, request.node);
    const inputs = await inputArtifacts(request, dirs, host);
    if (E.isLeft(inputs)) return errorResult(inputs.left);
    if (implementation !== undefined)
      return runImplementation(implementation, request, inputs.right, options.codecs?.get(name), options.store);
    return request.template.http !== undefined ? runHttp(request) : runOnHost(request, inputs.right, dirs, options.store);
  };
