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

const SPACE = /\s/;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

/** End of the TASK ('.' RESULT)? term at `i` (`[a-zA-Z0-9][-a-zA-Z0-9_]*(\.[A-Za-z]+)?`), and where its name ends. */
const scanTerm = (s: string, i: number): { readonly nameEnd: number; readonly end: number } | undefined => {
  if (!isAlnum(s.charCodeAt(i))) return undefined;
  let j = i + 1;
  for (let c = s.charCodeAt(j); isAlnum(c) || c === 45 || c === 95; c = s.charCodeAt(++j));
  if (s.charCodeAt(j) !== 46 || !isLetter(s.charCodeAt(j + 1))) return { nameEnd: j, end: j };
  let k = j + 2;
  while (isLetter(s.charCodeAt(k))) k++;
  return { nameEnd: j, end: k };
};
/** A Map, not an object literal: a task named `constructor` or `toString` is a task, not an operator. */
const WORD_OPS: ReadonlyMap<string, '&&' | '||' | '!'> = new Map([
  ['and', '&&'],
  ['or', '||'],
  ['not', '!'],
]);

const tokenize = (s: string): { readonly tokens: ReadonlyArray<Token>; readonly error?: string } => {
  const tokens: Array<Token> = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === ' ' || SPACE.test(c)) {
      i++;
      continue;
    }
    if ((c === '&' || c === '|') && s[i + 1] === c) {
      tokens.push({ kind: 'op', op: c === '&' ? '&&' : '||', offset: i });
      i += 2;
      continue;
    }
    if (c === '!' || c === '(' || c === ')') {
      tokens.push({ kind: 'op', op: c, offset: i });
      i++;
      continue;
    }
    const m = scanTerm(s, i);
    if (m === undefined) return { tokens, error: `unexpected character '${c}' at offset ${i}` };
    const task = s.slice(i, m.nameEnd);
    const op = m.end === m.nameEnd ? WORD_OPS.get(task) : undefined;
    if (op !== undefined) tokens.push({ kind: 'op', op, offset: i });
    else
      tokens.push({
        kind: 'term',
        term: m.end === m.nameEnd ? { task, offset: i } : { task, result: s.slice(m.nameEnd + 1, m.end), offset: i },
      });
    i = m.end;
  }
  return { tokens };
};

/**
 * Terms joined by `&&` / `||` and spaces only (what tiphys writes), or undefined for anything else,
 * which the full parser then handles. Such a chain always parses, so no tokens are needed.
 */
const simpleChain = (s: string): ReadonlyArray<DependsTerm> | undefined => {
  const terms: Array<DependsTerm> = [];
  let expectTerm = true;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      i++;
    } else if (expectTerm) {
      const m = scanTerm(s, i);
      if (m === undefined) return undefined;
      const task = s.slice(i, m.nameEnd);
      if (m.end === m.nameEnd) {
        if (WORD_OPS.has(task)) return undefined;
        terms.push({ task, offset: i });
      } else terms.push({ task, result: s.slice(m.nameEnd + 1, m.end), offset: i });
      i = m.end;
      expectTerm = false;
    } else if ((c === 38 || c === 124) && s.charCodeAt(i + 1) === c) {
      i += 2;
      expectTerm = true;
    } else return undefined;
  }
  return expectTerm ? undefined : terms;
};

/** Parses a `depends` expression; never throws. */
export const parseDepends = (s: string): DependsParse => {
  const chain = simpleChain(s);
  if (chain !== undefined) return { terms: chain };
  const { tokens, error } = tokenize(s);
  const terms: Array<DependsTerm> = [];
  for (const t of tokens) if (t.kind === 'term') terms.push(t.term);
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
