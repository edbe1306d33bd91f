// A small builder of TypeScript source: values become literals, `Code` is source written already.
// The converter writes code through it and Prettier lays it out afterwards, so only correctness matters here.

// model

/** TypeScript source of one expression, written already. */
export interface Code {
  readonly kind: 'Code';
  readonly text: string;
}

// constructors

export const code = (text: string): Code => Object.freeze({ kind: 'Code', text });

// refinements

export const isCode = (u: unknown): u is Code => typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'Code';

// utils

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted string literal (what the hand-written ports use). */
export const quote = (s: string): string =>
  `'${s.replace(/[\\'\n\r\t\u2028\u2029]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** Text inside a template literal: backquotes, `${` and backslashes escaped. */
export const templateText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');

/** A string as a literal: long text of several lines as a template literal that keeps its lines. */
export const textLiteral = (s: string): string => (s.trimEnd().includes('\n') && s.length > 80 ? `\`${templateText(s)}\`` : quote(s));

/** An object key: bare when it is an identifier, quoted otherwise. */
export const propertyKey = (k: string): string => (IDENTIFIER.test(k) ? k : quote(k));

/** `o.k` or `o['k-1']`. */
export const member = (object: string, k: string): string => (IDENTIFIER.test(k) ? `${object}.${k}` : `${object}[${quote(k)}]`);

/** Any JSON-like value (with `Code` inside at any depth) as a TypeScript literal; `undefined` fields are left out. */
export const literal = (v: unknown): string => {
  if (isCode(v)) return v.text;
  if (v === null) return 'null';
  if (typeof v === 'string') return textLiteral(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${propertyKey(k)}: ${literal(x)}`).join(', ')} }`;
  }
  return 'undefined';
};

/** A call with arguments given as literals or code; trailing `undefined` arguments are left out. */
export const call = (fn: string, ...args: ReadonlyArray<unknown>): Code => {
  const given = [...args];
  while (given.length > 0 && given[given.length - 1] === undefined) given.pop();
  return code(`${fn}(${given.map(literal).join(', ')})`);
};

/** `(params) => body`, with an object literal body parenthesised. */
export const arrow = (params: ReadonlyArray<string>, body: string): Code =>
  code(`(${params.join(', ')}) => ${body.startsWith('{') ? `(${body})` : body}`);

/** A `//` comment block, one line per line of text. */
export const comment = (text: string): string =>
  text
    .split('\n')
    .map((l) => `// ${l}`.trimEnd())
    .join('\n');
