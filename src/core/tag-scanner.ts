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
