// The `depends` grammar of REFERENCE §5:
//   expr := term | expr '&&' expr | expr '||' expr | '!' expr | '(' expr ')'
//   term := TASK ('.' RESULT)?
// expr-lang's `and`, `or` and `not` are accepted too, as the controller would.

/** Results a `depends` term may test (REFERENCE §4.38). */
export const TASK_RESULTS: ReadonlyArray<string> = [
  'Succeeded',
  'Failed',
  'Errored',
  'Skipped',
  'Omitted',
  'Daemoned',
  'AnySucceeded',
  'AllFailed',
];

/** Results that only make sense on a looped dependency. */
export const ITEM_RESULTS: ReadonlyArray<string> = ['AnySucceeded', 'AllFailed'];

export interface DependsTerm {
  readonly task: string;
  readonly result?: string;
  readonly offset: number;
}

export interface DependsParse {
  readonly terms: ReadonlyArray<DependsTerm>;
  readonly error?: string;
}

type Token =
  | { readonly kind: 'op'; readonly op: '&&' | '||' | '!' | '(' | ')'; readonly offset: number }
  | { readonly kind: 'term'; readonly term: DependsTerm };

const TERM = /^([a-zA-Z0-9][-a-zA-Z0-9_]*)(?:\.([A-Za-z]+))?/;
const WORD_OPS: Readonly<Record<string, '&&' | '||' | '!'>> = { and: '&&', or: '||', not: '!' };

const tokenize = (s: string): { readonly tokens: ReadonlyArray<Token>; readonly error?: string } => {
  const tokens: Array<Token> = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      tokens.push({ kind: 'op', op: two, offset: i });
      i += 2;
      continue;
    }
    if (c === '!' || c === '(' || c === ')') {
      tokens.push({ kind: 'op', op: c, offset: i });
      i++;
      continue;
    }
    const m = TERM.exec(s.slice(i));
    if (m === null) return { tokens, error: `unexpected character '${c}' at offset ${i}` };
    const word = m[0];
    const op = m[2] === undefined ? WORD_OPS[word] : undefined;
    if (op !== undefined) tokens.push({ kind: 'op', op, offset: i });
    else
      tokens.push({
        kind: 'term',
        term: { task: m[1] as string, ...(m[2] === undefined ? {} : { result: m[2] }), offset: i },
      });
    i += word.length;
  }
  return { tokens };
};

/** Parses a `depends` expression; never throws. */
export const parseDepends = (s: string): DependsParse => {
  const { tokens, error } = tokenize(s);
  const terms = tokens.flatMap((t) => (t.kind === 'term' ? [t.term] : []));
  if (error !== undefined) return { terms, error };
  let pos = 0;
  const describe = (t: Token | undefined): string =>
    t === undefined
      ? 'end of expression'
      : t.kind === 'op'
        ? `'${t.op}' at offset ${t.offset}`
        : `'${t.term.task}' at offset ${t.term.offset}`;
  // Recursive descent with an explicit depth bound so hostile input cannot overflow the stack.
  const expr = (depth: number): string | undefined => {
    if (depth > 200) return 'expression nested too deeply';
    const first = unary(depth);
    if (first !== undefined) return first;
    for (let t = tokens[pos]; t?.kind === 'op' && (t.op === '&&' || t.op === '||'); t = tokens[pos]) {
      pos++;
      const e = unary(depth);
      if (e !== undefined) return e;
    }
    return undefined;
  };
  const unary = (depth: number): string | undefined => {
    if (depth > 200) return 'expression nested too deeply';
    const t = tokens[pos];
    if (t?.kind === 'op' && t.op === '!') {
      pos++;
      return unary(depth + 1);
    }
    if (t?.kind === 'op' && t.op === '(') {
      pos++;
      const e = expr(depth + 1);
      if (e !== undefined) return e;
      const close = tokens[pos];
      if (close?.kind !== 'op' || close.op !== ')')
        return `expected ')' to close '(' at offset ${t.offset}, found ${describe(close)}`;
      pos++;
      return undefined;
    }
    if (t?.kind === 'term') {
      pos++;
      return undefined;
    }
    return `expected a task name, '!' or '(', found ${describe(t)}`;
  };
  if (tokens.length === 0) return { terms, error: 'empty expression' };
  const e = expr(0);
  if (e !== undefined) return { terms, error: e };
  if (pos < tokens.length) return { terms, error: `unexpected ${describe(tokens[pos])}; join terms with && or ||` };
  return { terms };
};
