import { scanTags } from '../../core/tag-scanner.js';
import { parseGovaluate, type GovaluateAst } from './govaluate-parser.js';

// What a `when` means to Argo, before its tags are known: each `{{...}}` tag stands in for its value as a
// placeholder word, the same word for the same tag, and the text is parsed as govaluate reads it after the
// substitution. A plain word and the same word quoted parse alike (Argo turns bare words into strings), so
// `{{steps.flip.outputs.result}} == heads` means what `"{{steps.flip.outputs.result}}" == "heads"` means;
// `== true` (a boolean), `== 5` (a number) or `== a-b` (a subtraction) do not mean `== "true"`, `== "5"`,
// `== "a-b"`.

// model

/** A `when` parsed with its tags as placeholders; `tagOf` reads a placeholder back to its tag's key. */
export interface ParsedWhen {
  readonly ast: GovaluateAst;
  readonly tagOf: (placeholder: string) => string | undefined;
}

const PREFIX = 'tiphysTag_';

/** A tag's key as one govaluate word: letters and digits kept, every other character as `_<code>_`. */
const placeholder = (key: string): string => PREFIX + key.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0) ?? 0}_`);

// utils

/**
 * `when` parsed as Argo reads it with its `{{...}}` tags as placeholders, or `undefined` when it has an
 * expression tag (`{{=...}}`, another language), an unclosed tag, or does not parse.
 * @category utils
 */
export const parseWhen = (when: string): ParsedWhen | undefined => {
  const { tags, unclosedAt } = scanTags(when);
  if (unclosedAt !== undefined || tags.some((t) => t.expression) || when.includes(PREFIX)) return undefined;
  const keys = new Map(tags.map((t) => [placeholder(t.key), t.key]));
  let source = when;
  for (const t of tags) source = source.replace(`{{${t.raw}}}`, placeholder(t.key));
  try {
    return { ast: parseGovaluate(source), tagOf: (p) => keys.get(p) };
  } catch {
    return undefined;
  }
};

const shape = (n: GovaluateAst): unknown => {
  switch (n.kind) {
    case 'Literal':
      return [n.token.kind, n.token.value];
    case 'Accessor':
      return ['ACCESSOR', n.root];
    case 'Prefix':
      return [n.op.value, shape(n.operand)];
    case 'Binary':
      return [n.op.value, shape(n.left), shape(n.right)];
    case 'List':
      return ['LIST', ...n.items.map(shape)];
    case 'Ternary':
      return [n.op.value, shape(n.test), shape(n.yes), ...(n.no === undefined ? [] : [shape(n.no)])];
  }
};

/**
 * The meaning of a `when` as a plain value: two `when`s mean the same to Argo when these are deeply equal
 * (grouping parentheses and quoting of words aside). `undefined` where `parseWhen` gives none.
 * @category utils
 */
export const whenMeaning = (when: string): unknown => {
  const parsed = parseWhen(when);
  return parsed === undefined ? undefined : shape(parsed.ast);
};
