import * as E from 'fp-ts/lib/Either.js';
import type { ParamNode } from '../core/param.js';
import { encodeParam } from '../core/param-encoding.js';
import type { ArgNode } from '../core/template-node.js';
import type { RefSource } from '../core/scope.js';
import { hasTag, scanTags } from '../core/tag-scanner.js';
import { isRef } from './ref.js';

const NO_REFS: ReadonlyArray<RefSource> = Object.freeze([]);

const rendered = (name: string, value: string, refs: ReadonlyArray<RefSource>): ArgNode =>
  Object.freeze({ name, value, refs });

/**
 * Renders the argument `name` for `param`: refs become `{{...}}`, everything else goes through
 * `encodeParam`; a value it refuses is kept as `invalid` for the interpreter to report.
 */
export const renderArg = (name: string, v: unknown, param: ParamNode | undefined): ArgNode => {
  if (isRef(v)) return rendered(name, String(v), Object.freeze([v.source]));
  const encoded = encodeParam(v, param?.codec);
  return E.isRight(encoded)
    ? rendered(name, encoded.right, NO_REFS)
    : Object.freeze({ name, value: '', refs: NO_REFS, invalid: encoded.left });
};

/** Shared results for the common case of a string without `{{`. */
const NO_NODE_REFS: ReadonlyArray<NamedNodeRef> = Object.freeze([]);
const NO_INPUT_REFS: ReadonlyArray<string> = Object.freeze([]);

const NODE_REF = /^(tasks|steps)\.([^.\s]+)\.(.*)$/;
const EXPR_NODE_REF = /\b(tasks|steps)\.([A-Za-z0-9_-]+)\./g;
const INPUT_REF = 'inputs.parameters.';

/** A `{{tasks.X...}}` or `{{steps.X...}}` reference found in a string, by name only. */
export interface NamedNodeRef {
  readonly owner: 'tasks' | 'steps';
  readonly node: string;
  /** What is read from the node, e.g. `outputs.parameters.x`; absent inside expression tags. */
  readonly field?: string;
}

/**
 * Finds the tasks or steps a string refers to, in simple tags (`{{tasks.A.outputs.result}}`) and in
 * expression tags (`{{=tasks.A.outputs.result + 1}}`).
 */
export const scanNodeRefs = (s: string): ReadonlyArray<NamedNodeRef> => {
  if (!hasTag(s)) return NO_NODE_REFS;
  const found: NamedNodeRef[] = [];
  for (const tag of scanTags(s).tags) {
    if (tag.expression) {
      for (const e of tag.raw.matchAll(EXPR_NODE_REF)) {
        found.push({ owner: e[1] as 'tasks' | 'steps', node: e[2] ?? '' });
      }
    } else {
      const n = NODE_REF.exec(tag.key);
      if (n !== null) found.push({ owner: n[1] as 'tasks' | 'steps', node: n[2] ?? '', field: n[3] ?? '' });
    }
  }
  return found;
};

/** Finds `{{inputs.parameters.X}}` references (simple tags only) in a string. */
export const scanInputRefs = (s: string): ReadonlyArray<string> => {
  if (!hasTag(s)) return NO_INPUT_REFS;
  const found: string[] = [];
  for (const tag of scanTags(s).tags) {
    if (!tag.expression && tag.key.startsWith(INPUT_REF)) found.push(tag.key.slice(INPUT_REF.length));
  }
  return found;
};
