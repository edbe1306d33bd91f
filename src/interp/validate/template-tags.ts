import { isRecord, pathIndex, pathKey } from '../../core/json-value.js';

// model

/** A `{{...}}` tag found in a string, as Argo's fasttemplate sees it. */
export interface Tag {
  /** Text between the braces, untrimmed. */
  readonly raw: string;
  /** Trimmed text: the variable name for simple tags. */
  readonly key: string;
  /** `{{=expr}}` tags are expr-lang expressions; Argo's lint never checks them. */
  readonly expression: boolean;
}

export interface TagScan {
  readonly tags: ReadonlyArray<Tag>;
  /** A `{{` without a closing `}}`: Argo's template engine refuses the template. */
  readonly unclosedAt?: number;
}

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

// A tag ends at the first `}}` (fasttemplate), so `{{a.{{b}}}}` yields the tag `a.{{b`.
export const scanTags = (s: string): TagScan => {
  const tags: Array<Tag> = [];
  let i = s.indexOf('{{');
  while (i !== -1) {
    const end = s.indexOf('}}', i + 2);
    if (end === -1) return { tags, unclosedAt: i };
    const raw = s.slice(i + 2, end);
    tags.push({ raw, key: raw.trim(), expression: raw.startsWith('=') });
    i = s.indexOf('{{', end + 2);
  }
  return { tags };
};

/** True when the whole string is one simple tag, as in `{{steps.a.outputs.result}}`. */
export const isPlaceholder = (s: string): boolean => /^\{\{[^{}]+\}\}$/.test(s.trim());

export const hasTag = (s: string): boolean => s.includes('{{');

export interface StringSite {
  readonly value: string;
  readonly path: string;
}

/**
 * Every string under `node` that contains `{{`, with its path. Iterative and cycle-safe so deeply nested or
 * self-referencing input cannot overflow the stack. `skip` names keys not to descend into.
 */
export const collectTaggedStrings = (
  node: unknown,
  path: string,
  skip: ReadonlySet<string> = new Set(),
): ReadonlyArray<StringSite> => {
  const out: Array<StringSite> = [];
  const seen = new Set<object>();
  const stack: Array<{ readonly v: unknown; readonly p: string }> = [{ v: node, p: path }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const { v, p } = top;
    if (typeof v === 'string') {
      if (v.includes('{{')) out.push({ value: v, path: p });
    } else if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i] as unknown, p: pathIndex(p, i) });
      } else if (isRecord(v)) {
        const keys = Object.keys(v).filter((k) => !skip.has(k) || p !== path);
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i] as string;
          stack.push({ v: v[k], p: pathKey(p, k) });
        }
      }
    }
  }
  return out;
};
