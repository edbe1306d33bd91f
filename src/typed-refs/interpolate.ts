import type { ParamNode } from '../core/param.js';
import { isRef, type RefSource } from './ref.js';

/** An argument after rendering: the string Argo receives and the typed refs it was built from. */
export interface RenderedValue {
  readonly value: string;
  readonly refs: ReadonlyArray<RefSource>;
}

const NO_REFS: ReadonlyArray<RefSource> = [];

/**
 * Renders an argument for `param`: refs become `{{...}}`, strings pass through, everything else is
 * encoded with the parameter's codec (numbers, booleans, JSON values).
 */
export const renderValue = (v: unknown, param: ParamNode | undefined): RenderedValue => {
  if (isRef(v)) return { value: String(v), refs: [v.source] };
  if (typeof v === 'string') return { value: v, refs: NO_REFS };
  if (param !== undefined && param.codec.is(v)) return { value: param.codec.encode(v), refs: NO_REFS };
  return { value: typeof v === 'object' ? JSON.stringify(v) : String(v), refs: NO_REFS };
};

const VARIABLE = /\{\{\s*(=?)([^{}]*?)\s*\}\}/g;
const NODE_REF = /^(tasks|steps)\.([^.\s]+)\.(.*)$/;
const EXPR_NODE_REF = /\b(tasks|steps)\.([A-Za-z0-9_-]+)\./g;

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
  if (!s.includes('{{')) return [];
  const found: NamedNodeRef[] = [];
  for (const m of s.matchAll(VARIABLE)) {
    const body = m[2] ?? '';
    if (m[1] === '=') {
      for (const e of body.matchAll(EXPR_NODE_REF)) {
        found.push({ owner: e[1] as 'tasks' | 'steps', node: e[2] ?? '' });
      }
    } else {
      const n = NODE_REF.exec(body);
      if (n !== null) found.push({ owner: n[1] as 'tasks' | 'steps', node: n[2] ?? '', field: n[3] ?? '' });
    }
  }
  return found;
};

/** Finds `{{inputs.parameters.X}}` references in a string. */
export const scanInputRefs = (s: string): ReadonlyArray<string> => {
  if (!s.includes('{{')) return [];
  const found: string[] = [];
  for (const m of s.matchAll(/\{\{\s*inputs\.parameters\.([^\s{}]+?)\s*\}\}/g)) found.push(m[1] ?? '');
  return found;
};
