// The tokenizer of knetic/govaluate v3 (parsing.go, lexerState.go) as Argo's `when` uses it. Quirks kept:
// * a quoted string ends at the first quote of EITHER kind (`"it's"` ends at the `'`), `\` escapes;
// * a quoted string that reads as a date (`'2024-01-31'`, `'2024-01-31 10:00'`, RFC 3339) becomes its Unix
//   time in seconds (read as UTC, where the controller would use its local zone);
// * operators are runs of symbol characters, so `==-1` is the one invalid token `==-`;
// * a bare word with a dot (`v1.2`) is an accessor, which fails at evaluation: Argo turns only plain bare
//   words into strings.

/** @category model */
export type GovaluateKind =
  | 'PREFIX' | 'NUMERIC' | 'BOOLEAN' | 'STRING' | 'TIME' | 'VARIABLE' | 'ACCESSOR' | 'SEPARATOR'
  | 'COMPARATOR' | 'LOGICALOP' | 'MODIFIER' | 'CLAUSE' | 'CLAUSE_CLOSE' | 'TERNARY';

/** @category model */
export interface GovaluateToken {
  readonly kind: GovaluateKind;
  readonly value: string | number | boolean;
  readonly position: number;
}

/** A tokenizing failure, with govaluate's own message. @category model */
export class GovaluateSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const PREFIX = new Set(['-', '!', '~']);
const MODIFIER = new Set(['+', '-', '*', '/', '%', '**', '&', '|', '^', '>>', '<<']);
const LOGICAL = new Set(['&&', '||']);
const COMPARATOR = new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in']);
const TERNARY = new Set(['?', ':', '??']);
const VALUE_KINDS: ReadonlySet<GovaluateKind> = new Set(['NUMERIC', 'BOOLEAN', 'STRING', 'TIME', 'VARIABLE', 'ACCESSOR', 'CLAUSE_CLOSE']);

const OPERATOR_KINDS: ReadonlySet<GovaluateKind> = new Set(['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'TERNARY', 'SEPARATOR']);

/** govaluate's lexer states: an operand is followed by an operator or `)`, anything else by an operand or `(`. */
const canFollow = (previous: GovaluateKind, next: GovaluateKind): boolean =>
  endsOperand(previous) ? OPERATOR_KINDS.has(next) || next === 'CLAUSE_CLOSE' : !OPERATOR_KINDS.has(next) && (next !== 'CLAUSE_CLOSE' || previous === 'CLAUSE');

/** Whether a token of `kind` ends an operand (so the next must be an operator). @category utils */
export const endsOperand = (kind: GovaluateKind | undefined): boolean => kind !== undefined && VALUE_KINDS.has(kind);

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const isQuote = (c: string): boolean => c === "'" || c === '"';
const isVariableChar = (c: string): boolean => LETTER.test(c) || DIGIT.test(c) || c === '_' || c === '.';
const isNumericChar = (c: string): boolean => DIGIT.test(c) || c === '.';
const isSymbolChar = (c: string): boolean =>
  !(DIGIT.test(c) || LETTER.test(c) || c === '(' || c === ')' || c === '[' || c === ']' || isQuote(c) || SPACE.test(c));

const DATE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** govaluate's tryParseTime over the ISO forms; `undefined` when the string is not a date. */
const asTime = (s: string): number | undefined => {
  if (!DATE.test(s)) return undefined;
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s.slice(10)) ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
};

/** Splits a govaluate expression into tokens, or throws GovaluateSyntaxError. @category utils */
export const tokenizeGovaluate = (source: string): ReadonlyArray<GovaluateToken> => {
  const chars = [...source];
  const tokens: Array<GovaluateToken> = [];
  let i = 0;
  const readWhile = (test: (c: string) => boolean): string => {
    let s = '';
    while (i < chars.length && test(chars[i] ?? '')) s += chars[i++];
    return s;
  };
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const start = i;
    const push = (kind: GovaluateKind, value: string | number | boolean): void => {
      const previous = tokens.at(-1);
      if (previous !== undefined && !canFollow(previous.kind, kind)) {
        throw new GovaluateSyntaxError(`Cannot transition token types from ${previous.kind} [${previous.value}] to ${kind} [${value}]`, start);
      }
      tokens.push({ kind, value, position: start });
    };
    if (SPACE.test(c)) {
      i++;
    } else if (LETTER.test(c)) {
      const word = readWhile(isVariableChar);
      if (word === 'true' || word === 'false') push('BOOLEAN', word === 'true');
      else if (word === 'in' || word === 'IN') push('COMPARATOR', 'in');
      else if (word.includes('.')) {
        if (word.endsWith('.')) throw new GovaluateSyntaxError(`Hanging accessor on token '${word}'`, start);
        push('ACCESSOR', word);
      } else push('VARIABLE', word);
    } else if (isNumericChar(c)) {
      const text = c === '0' && (chars[i + 1] === 'x' || chars[i + 1] === 'X') ? ((i += 2), `0x${readWhile((d) => /[0-9a-fA-F]/.test(d))}`) : readWhile(isNumericChar);
      const n = Number(text);
      if (Number.isNaN(n) || text === '.') throw new GovaluateSyntaxError(`Unable to parse numeric value '${text}' to float64`, start);
      push('NUMERIC', n);
    } else if (isQuote(c)) {
      i++;
      let s = '';
      let closed = false;
      while (i < chars.length) {
        const d = chars[i++] ?? '';
        if (d === '\\') s += chars[i++] ?? '';
        else if (isQuote(d)) {
          closed = true;
          break;
        } else s += d;
      }
      if (!closed) throw new GovaluateSyntaxError('Unclosed string literal', start);
      const time = asTime(s);
      if (time === undefined) push('STRING', s);
      else push('TIME', time);
    } else if (c === '[') {
      i++;
      const name = readWhile((d) => d !== ']');
      if (chars[i] !== ']') throw new GovaluateSyntaxError('Unclosed parameter bracket', start);
      i++;
      push('VARIABLE', name);
    } else if (c === '(' || c === ')') {
      i++;
      push(c === '(' ? 'CLAUSE' : 'CLAUSE_CLOSE', c);
    } else if (c === ',') {
      i++;
      push('SEPARATOR', c);
    } else {
      const symbol = readWhile(isSymbolChar);
      if (!endsOperand(tokens.at(-1)?.kind) && PREFIX.has(symbol)) push('PREFIX', symbol);
      else if (MODIFIER.has(symbol)) push('MODIFIER', symbol);
      else if (LOGICAL.has(symbol)) push('LOGICALOP', symbol);
      else if (COMPARATOR.has(symbol)) push('COMPARATOR', symbol);
      else if (TERNARY.has(symbol)) push('TERNARY', symbol);
      else throw new GovaluateSyntaxError(`Invalid token: '${symbol}'`, start);
    }
  }
  let depth = 0;
  for (const t of tokens) {
    depth += t.kind === 'CLAUSE' ? 1 : t.kind === 'CLAUSE_CLOSE' ? -1 : 0;
    if (depth < 0) throw new GovaluateSyntaxError('Unbalanced parenthesis', t.position);
  }
  if (depth !== 0) throw new GovaluateSyntaxError('Unbalanced parenthesis', source.length);
  return tokens;
};
