// The strings of a template that hold `{{...}}` tags, and which tags Argo checks before a run.
import { isRecord, pathIndex, pathKey } from '../../argo-model/json-value.js';
import { hasTag, type Tag } from '../../core/tag-scanner.js';

/** Prefixes Argo checks (`GlobalVarValidWorkflowVariablePrefix`); other tags are left to run time. */
export const CHECKED_PREFIXES: ReadonlyArray<string> = [
  'item.',
  'steps.',
  'inputs.',
  'outputs.',
  'pod.',
  'workflow.',
  'tasks.',
];

export const isCheckedTag = (t: Tag): boolean => !t.expression && CHECKED_PREFIXES.some((p) => t.key.startsWith(p));

export interface StringSite {
  readonly value: string;
  readonly path: string;
}

// A value still to visit. Its path is only spelled out for strings that hold a tag: most of a
// manifest has none, and formatting every key's path dominated the walk.
interface Pending {
  readonly v: unknown;
  readonly parent: Pending | undefined;
  readonly key: string | number;
  path?: string;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** For steps and tasks: an inline template is checked as a template of its own. */
export const SKIP_INLINE: ReadonlySet<string> = new Set(['inline']);

// Leaves without a tag are dropped before they are pushed: most of a manifest is such leaves.
const mayHoldTag = (v: unknown): boolean =>
  typeof v === 'string' ? hasTag(v) : typeof v === 'object' && v !== null;

const pathOf = (e: Pending, root: string): string => {
  const chain: Array<Pending> = [];
  let top: Pending | undefined = e;
  while (top !== undefined && top.path === undefined) {
    chain.push(top);
    top = top.parent;
  }
  let p = top?.path ?? root;
  for (let i = chain.length - 1; i >= 0; i--) {
    const c = chain[i] as Pending;
    p = typeof c.key === 'number' ? pathIndex(p, c.key) : pathKey(p, c.key);
    c.path = p;
  }
  return p;
};

/**
 * Every string under `node` that contains `{{`, with its path. Iterative and cycle-safe so deeply nested or
 * self-referencing input cannot overflow the stack. `skip` names keys not to descend into.
 */
export const collectTaggedStrings = (
  node: unknown,
  path: string,
  skip: ReadonlySet<string> = NO_SKIP,
): ReadonlyArray<StringSite> => {
  const out: Array<StringSite> = [];
  const seen = new Set<object>();
  const root: Pending = { v: node, parent: undefined, key: '', path };
  const stack: Array<Pending> = [root];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const v = top.v;
    if (typeof v === 'string') {
      if (hasTag(v)) out.push({ value: v, path: pathOf(top, path) });
    } else if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--)
          if (mayHoldTag(v[i])) stack.push({ v: v[i] as unknown, parent: top, key: i });
      } else if (isRecord(v)) {
        const keys = Object.keys(v);
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i] as string;
          if (mayHoldTag(v[k]) && (top !== root || !skip.has(k))) stack.push({ v: v[k], parent: top, key: k });
        }
      }
    }
  }
  return out;
};
