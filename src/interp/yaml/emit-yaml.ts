/**
 * A YAML emitter for JSON-shaped data, written for speed (a 10,000-task workflow in a few ms; see
 * `bench/`) and for safety with YAML 1.1 readers (Kubernetes, PyYAML): a string is emitted plain only
 * when no YAML 1.1 or 1.2 reader can take it for anything but that string; otherwise it is
 * double-quoted. Multi-line text uses literal blocks (`|`), as people write scripts by hand.
 */

/** Plain-safe: starts with a letter or `/`, then letters, digits and `_ . / : @ + -` or inner spaces. */
const PLAIN = /^[A-Za-z/][A-Za-z0-9_./:@+ -]*$/;
/** YAML 1.1 booleans and nulls; any case. */
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
/** Characters YAML cannot carry raw in a double-quoted scalar but JSON.stringify leaves raw. */
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** What forbids a literal block: control characters, carriage returns, tabs, trailing spaces on a line. */
const NOT_BLOCK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]| \n| $/;

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

const quoted = (s: string): string => {
  const j = JSON.stringify(s);
  return UNPRINTABLE.test(j) ? j.replace(UNPRINTABLE, hex) : j;
};

const isPlain = (s: string): boolean =>
  PLAIN.test(s) &&
  !s.endsWith(' ') &&
  !s.endsWith(':') &&
  !s.includes(': ') &&
  !s.includes(' #') &&
  !RESERVED.has(s.toLowerCase());

/** A scalar string in key or flow position (single line). */
export const scalar = (s: string): string => (isPlain(s) ? s : quoted(s));

const indents: string[] = [''];
const indent = (n: number): string => (indents[n] ??= ' '.repeat(n));

/** A multi-line string as a literal block, or undefined when one cannot carry it exactly. */
const block = (s: string, depth: number): string | undefined => {
  if (!s.includes('\n') || s.startsWith(' ') || s.startsWith('\n') || NOT_BLOCK.test(s)) return undefined;
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  const chomp = trailing === 0 ? '|-' : trailing === 1 ? '|' : '|+';
  const pad = indent(depth);
  const lines = (trailing > 1 ? s.slice(0, -1) : body).split('\n');
  let out = chomp;
  for (const line of lines) out += line === '' ? '\n' : `\n${pad}${line}`;
  return out;
};

const number = (n: number): string =>
  Number.isNaN(n) ? '.nan' : n === Infinity ? '.inf' : n === -Infinity ? '-.inf' : Object.is(n, -0) ? '-0.0' : String(n);

const inline = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return scalar(v);
    case 'number':
      return number(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return String(v);
    default:
      if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
      return Object.keys(v as object).length === 0 ? '{}' : undefined;
  }
};

/** Emits `v` as the value after `key:` or `- ` at nesting `depth` (in spaces). */
const value = (v: unknown, depth: number): string => {
  const simple = inline(v);
  if (simple !== undefined) {
    if (typeof v === 'string' && v.includes('\n')) return ` ${block(v, depth + 2) ?? simple}`;
    return ` ${simple}`;
  }
  return `\n${node(v, depth + 2)}`;
};

const node = (v: unknown, depth: number): string => {
  const pad = indent(depth);
  let out = '';
  if (Array.isArray(v)) {
    for (const item of v) {
      const simple = inline(item);
      if (simple !== undefined) {
        out += `${pad}-${value(item, depth)}\n`;
      } else {
        // A nested collection starts on the dash's line: `- name: x` / `- - a`.
        const inner = node(item, depth + 2);
        out += `${pad}- ${inner.slice(depth + 2)}`;
      }
    }
    return out;
  }
  for (const k of Object.keys(v as object)) {
    const item = (v as Record<string, unknown>)[k];
    if (item === undefined) continue;
    out += `${pad}${scalar(k)}:${value(item, depth)}${inline(item) === undefined ? '' : '\n'}`;
  }
  return out;
};

/**
 * Emits one JSON-shaped value as a YAML document. `undefined` properties are left out, as in JSON.
 * @category interpreters
 */
export const emitYaml = (v: unknown): string => {
  const simple = inline(v);
  if (simple !== undefined) return `${typeof v === 'string' && v.includes('\n') ? (block(v, 0) ?? simple) : simple}\n`;
  return node(v, 0);
};

/** Several documents in one stream, separated by `---`. @category interpreters */
export const emitYamlDocuments = (vs: ReadonlyArray<unknown>): string => vs.map(emitYaml).join('---\n');
