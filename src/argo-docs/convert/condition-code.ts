// A `when` of comparisons (govaluate, read with the validator's own lexer) → a typed condition:
// `{{inputs.parameters.n}} > 5 && {{inputs.parameters.n}} != 7` → `and(gt(i.n, 5), ne(i.n, 7))`. Only where
// the condition renders back as the same text: numbers and booleans (a typed condition quotes strings,
// which upstream's bare words are not), one `&&` or `||` chain, single spaces.
import { tokenizeGovaluate, type GovaluateToken } from '../expr/govaluate-lexer.js';
import { scanTags } from '../../core/tag-scanner.js';
import { use, type DocContext } from './emit-context.js';
import type { RefExpr, Resolver } from './ref-expressions.js';
import { code, type Code } from './ts-code.js';

const COMPARE: Readonly<Record<string, string>> = { '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge', '<': 'lt', '<=': 'le' };

type Operand = { readonly ref: RefExpr; readonly text: string } | { readonly literal: number | boolean; readonly text: string };

/** A `when` whose tags are whole variables, with each tag replaced by a placeholder govaluate reads as one. */
const placeholders = (when: string): { readonly source: string; readonly keys: ReadonlyArray<string> } | undefined => {
  const { tags, unclosedAt } = scanTags(when);
  if (unclosedAt !== undefined || tags.some((t) => t.expression || t.raw !== t.key)) return undefined;
  let source = when;
  tags.forEach((t, n) => (source = source.replace(`{{${t.raw}}}`, `tag${n}x`)));
  return { source, keys: tags.map((t) => t.key) };
};

/** The typed condition of `when`, or `undefined` when it has none that renders the same text. */
export const conditionCode = (ctx: DocContext, when: string, resolve: Resolver): Code | undefined => {
  const held = placeholders(when);
  if (held === undefined) return undefined;
  let tokens: ReadonlyArray<GovaluateToken>;
  try {
    tokens = tokenizeGovaluate(held.source);
  } catch {
    return undefined;
  }
  const operand = (t: GovaluateToken | undefined): Operand | undefined => {
    if (t?.kind === 'NUMERIC' || t?.kind === 'BOOLEAN') return { literal: t.value as number | boolean, text: String(t.value) };
    const n = t?.kind === 'VARIABLE' ? /^tag(\d+)x$/.exec(String(t.value))?.[1] : undefined;
    const key = n === undefined ? undefined : held.keys[Number(n)];
    const ref = key === undefined ? undefined : resolve(key);
    return ref === undefined || key === undefined ? undefined : { ref, text: `{{${key}}}` };
  };
  const terms: string[] = [];
  const texts: string[] = [];
  let joint: string | undefined;
  for (let i = 0; i < tokens.length; i += 4) {
    const [l, op, r, next] = [operand(tokens[i]), tokens[i + 1], operand(tokens[i + 2]), tokens[i + 3]];
    const fn = op?.kind === 'COMPARATOR' ? COMPARE[String(op.value)] : undefined;
    if (l === undefined || r === undefined || fn === undefined) return undefined;
    const numeric = (o: Operand): boolean => ('ref' in o ? o.ref.type === 'number' : typeof o.literal === 'number');
    const boolean = (o: Operand): boolean => ('ref' in o ? o.ref.type === 'boolean' : typeof o.literal === 'boolean');
    const ordered = fn !== 'eq' && fn !== 'ne';
    // Two refs compared for equality render quoted (as text); a ref comes first, as eq(ref, value) takes it.
    if (!('ref' in l) || ('ref' in r && !ordered)) return undefined;
    if (!(numeric(l) && numeric(r)) && (ordered || !(boolean(l) && boolean(r)))) return undefined;
    terms.push(`${use(ctx, fn)}(${l.ref.text}, ${'ref' in r ? r.ref.text : String(r.literal)})`);
    texts.push(`${l.text} ${String(op?.value)} ${r.text}`);
    if (next === undefined) break;
    if (next.kind !== 'LOGICALOP' || (joint !== undefined && joint !== next.value)) return undefined;
    joint = String(next.value);
  }
  if (texts.join(` ${joint ?? ''} `) !== when) return undefined;
  return code(terms.length === 1 ? (terms[0] ?? '') : `${use(ctx, joint === '&&' ? 'and' : 'or')}(${terms.join(', ')})`);
};
