// A step's or task's `arguments`, substituted in its scope. An argument naming the output of a Skipped or
// Omitted producer is absent (Argo's "absent optional"): a bare reference lets the input's default apply,
// anything else is an error.
import { join } from 'node:path';
import type { Arguments, Artifact } from '../../argo-model/generated/index.js';
import type { LocalArtifact } from './leaf-runner.js';
import { substituteDeep, trySubstitute } from './run-expressions.js';
import type { Scope } from './run-scope.js';
import type { CallArguments } from './template-inputs.js';

const BARE_TAG = /^\{\{\s*([^{}]+?)\s*\}\}$/;

/** The arguments `args` pass in `scope`, or a sentence naming the one that has no value. */
export const resolveArguments = (args: Arguments | undefined, scope: Scope): CallArguments | string => {
  const parameters = new Map<string, string>();
  const absent = new Map<string, string>();
  for (const p of args?.parameters ?? []) {
    const cm = p.valueFrom?.configMapKeyRef;
    if (cm !== undefined) return `argument '${p.name}' is read from key '${cm.key}' of ConfigMap '${cm.name ?? ''}', which a local run cannot read (it has no cluster)`;
    if (p.value === undefined) continue;
    const value = trySubstitute(p.value, scope);
    if (value !== undefined) {
      parameters.set(p.name, value);
      continue;
    }
    if (BARE_TAG.test(p.value)) {
      absent.set(p.name, p.value);
      continue;
    }
    return `argument '${p.name}' refers to an absent optional value (a Skipped or Omitted producer, or no such output): ${p.value}`;
  }
  const artifacts = new Map<string, LocalArtifact>();
  const locations: Artifact[] = [];
  for (const a of args?.artifacts ?? []) {
    if (a.from === undefined) {
      locations.push(substituteDeep(a, scope));
      continue;
    }
    const key = BARE_TAG.exec(a.from)?.[1];
    const path = key === undefined ? undefined : scope.get(key);
    // `subPath` picks a file or directory inside the artifact, as Argo does.
    const subPath = a.subPath === undefined ? undefined : substituteDeep(a.subPath, scope);
    if (path !== undefined) artifacts.set(a.name, { path: subPath === undefined ? path : join(path, subPath) });
    else if (a.optional !== true) return `artifact argument '${a.name}' refers to an artifact that is absent: ${a.from}`;
  }
  return { parameters, artifacts, locations, absent };
};
