/**
 * The one reader of `{{...}}` tags, with the rules of Argo's template engine (fasttemplate): a tag runs
 * from `{{` to the first `}}` after it, and a tag whose text starts with `=` is an expr-lang expression.
 * The manifest interpreter reads refs with it and the validator checks variables with it, so both see
 * the same tags in the same string.
 */

// model

/** A `{{...}}` tag found in a string. @category model */
export interface Tag {
  /** Text between the braces, untrimmed. */
  readonly raw: string;
  /** Trimmed text: the variable name for simple tags. */
  readonly key: string;
  /** `{{=expr}}`: an expr-lang expression (Argo only looks for `=` right after the braces). */
  readonly expression: boolean;
}

/** @category model */
export interface TagScan {
  /** The tags before any unclosed `{{`, in order. */
  readonly tags: ReadonlyArray<Tag>;
  /** Offset of a `{{` without a closing `}}`: Argo's template engine refuses the whole string. */
  readonly unclosedAt?: number;
}

// utils

const NO_TAGS: TagScan = Object.freeze({ tags: Object.freeze([]) });

/** Whether `s` holds a tag (or the start of one): the cheap test before scanning. @category utils */
export const hasTag = (s: string): boolean => s.includes('{{');

/**
 * The tags of `s`. A tag ends at the first `}}`, so nested braces end early: `{{a.{{b}}}}` holds the
 * tag `a.{{b`, and `{{=f({"k": 1})}}` the expression `f({"k": 1})`.
 * @category utils
 */
export const scanTags = (s: string): TagScan => {
  let i = s.indexOf('{{');
  if (i === -1) return NO_TAGS;
  const tags: Array<Tag> = [];
  while (i !== -1) {
    const end = s.indexOf('}}', i + 2);
    if (end === -1) return { tags, unclosedAt: i };
    const raw = s.slice(i + 2, end);
    tags.push({ raw, key: raw.trim(), expression: raw.startsWith('=') });
    i = s.indexOf('{{', end + 2);
  }
  return { tags };
};

/** Shared results for the common case of a string without `{{`. */
const NO_NODE_REFS: ReadonlyArray<NamedNodeRef> = Object.freeze([]);
const NO_INPUT_REFS: ReadonlyArray<string> = Object.freeze([]);

const NODE_REF = /^(tasks|steps)\.([^.\s]+)\.(.*)$/;
// `tasks.a.`, and expr-lang's index form for names with dashes: `steps['flip-coin']`, `tasks["b"]`.
const EXPR_NODE_REF = /\b(tasks|steps)(?:\.([A-Za-z0-9_-]+)\.|\[\s*(['"])([A-Za-z0-9_-]+)\3\s*\])/g;
const INPUT_REF = 'inputs.parameters.';

/** A `{{tasks.X...}}` or `{{steps.X...}}` reference found in a string, by name only. @category model */
export interface NamedNodeRef {
  readonly owner: 'tasks' | 'steps';
  readonly node: string;
  /** What is read from the node, e.g. `outputs.parameters.x`; absent inside expression tags. */
  readonly field?: string;
}

/**
 * Finds the tasks or steps a string refers to, in simple tags (`{{tasks.A.outputs.result}}`) and in
 * expression tags (`{{=tasks.A.outputs.result + 1}}`).
 * @category utils
 */
export const scanNodeRefs = (s: string): ReadonlyArray<NamedNodeRef> => {
  if (!hasTag(s)) return NO_NODE_REFS;
  const found: NamedNodeRef[] = [];
  for (const tag of scanTags(s).tags) {
    if (tag.expression) {
      for (const e of tag.raw.matchAll(EXPR_NODE_REF)) {
        found.push({ owner: e[1] as 'tasks' | 'steps', node: e[2] ?? e[4] ?? '' });
      }
    } else {
      const n = NODE_REF.exec(tag.key);
      if (n !== null) found.push({ owner: n[1] as 'tasks' | 'steps', node: n[2] ?? '', field: n[3] ?? '' });
    }
  }
  return found;
};

/** Finds `{{inputs.parameters.X}}` references (simple tags only) in a string. @category utils */
export const scanInputRefs = (s: string): ReadonlyArray<string> => {
  if (!hasTag(s)) return NO_INPUT_REFS;
  const found: string[] = [];
  for (const tag of scanTags(s).tags) {
    if (!tag.expression && tag.key.startsWith(INPUT_REF)) found.push(tag.key.slice(INPUT_REF.length));
  }
  return found;
};
