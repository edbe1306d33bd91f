// Argo `depends` text → typed operands: `A && B` → `after: [a, b]`, anything else → `and(...)`, `or(...)`,
// `not(...)` over task handles and their results (`c.failed`). Argo's grammar (the validator's
// `parseDepends` checks it first): && binds tighter than ||, `!` and parentheses.
import { parseDepends } from '../validate/depends-expression.js';

export type DependsTree =
  | { readonly kind: 'term'; readonly task: string; readonly result?: string }
  | { readonly kind: 'not'; readonly operand: DependsTree }
  | { readonly kind: 'and' | 'or'; readonly operands: ReadonlyArray<DependsTree> };

const TOKEN = /\s*(&&|\|\||!|\(|\)|[A-Za-z0-9][-A-Za-z0-9_]*(?:\.[A-Za-z]+)?)/y;

/** The tree of a `depends` text, or `undefined` when it does not parse. */
export const dependsTree = (text: string): DependsTree | undefined => {
  if (parseDepends(text).error !== undefined) return undefined;
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) tokens.push(m[1] ?? '');
  const words: Readonly<Record<string, string>> = { and: '&&', or: '||', not: '!' };
  const toks = tokens.map((t) => words[t] ?? t);
  let pos = 0;
  const binary = (op: '&&' | '||', next: () => DependsTree): DependsTree => {
    const operands = [next()];
    while (toks[pos] === op) {
      pos++;
      operands.push(next());
    }
    return operands.length === 1 ? operands[0]! : { kind: op === '&&' ? 'and' : 'or', operands };
  };
  const unary = (): DependsTree => {
    const t = toks[pos++] ?? '';
    if (t === '!') return { kind: 'not', operand: unary() };
    if (t === '(') {
      const e = binary('||', () => binary('&&', unary));
      pos++;
      return e;
    }
    const [task = '', result] = t.split('.');
    return result === undefined ? { kind: 'term', task } : { kind: 'term', task, result };
  };
  return binary('||', () => binary('&&', unary));
};

/** The task names a tree reads. */
export const dependsNames = (t: DependsTree): ReadonlyArray<string> =>
  t.kind === 'term' ? [t.task] : t.kind === 'not' ? dependsNames(t.operand) : t.operands.flatMap(dependsNames);

/** Plain task names joined by `&&`: what `after` says. */
export const plainConjunction = (t: DependsTree): ReadonlyArray<string> | undefined => {
  const terms = t.kind === 'and' ? t.operands : [t];
  return terms.every((x) => x.kind === 'term' && x.result === undefined) ? terms.map((x) => (x as { readonly task: string }).task) : undefined;
};
