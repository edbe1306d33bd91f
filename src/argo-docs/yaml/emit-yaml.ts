/**
 * A YAML emitter for JSON-shaped data, written for speed (a 10,000-task workflow in a few ms; see
 * `bench/`) and for safety with YAML 1.1 readers (Kubernetes, PyYAML): a string is emitted plain only
 * when no YAML 1.1 or 1.2 reader can take it for anything but that string; otherwise it is
 * double-quoted. Multi-line text uses literal blocks (`|`), as people write scripts by hand.
 */

/**
 * Plain-safe: starts with a letter or `/`, then letters, digits and `_ . / @ + -`, a `:` only before
 * another such character, a space only before another space or such character (so no `: `, ` #`,
 * trailing `:` or trailing space). One regex, as this test runs for every key and string.
 */
const PLAIN = /^[A-Za-z/](?:[A-Za-z0-9_./@+-]|:(?=[A-Za-z0-9_./:@+-])| (?=[A-Za-z0-9_./:@+ -]))*$/;
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

const isPlain = (s: string): boolean => PLAIN.test(s) && (s.length > 5 || !RESERVED.has(s.toLowerCase()));

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

/** `1e+21` as `1.0e+21`: PyYAML reads an exponent without a `.` in the mantissa as a string. */
const exponent = (text: string): string => {
  const e = text.indexOf('e');
  return e === -1 || text.lastIndexOf('.', e) !== -1 ? text : `${text.slice(0, e)}.0${text.slice(e)}`;
};

const number = (n: number): string =>
  Number.isNaN(n) ? '.nan' : n === Infinity ? '.inf' : n === -Infinity ? '-.inf' : Object.is(n, -0) ? '-0.0' : exponent(String(n));

/** Readers refuse an implicit (`key:`) key over 1024 characters; a longer one is written `? key` / `:`. */
const MAX_IMPLICIT_KEY = 1024;

const key = (k: string, pad: string): string => {
  const text = scalar(k);
  return text.length > MAX_IMPLICIT_KEY ? `? ${text}\n${pad}:` : `${text}:`;
};

/** An object with no property to write (none, or all `undefined`) is `{}`, as in JSON. */
const isEmptyObject = (v: object): boolean => {
  for (const k in v) if (Object.hasOwn(v, k) && (v as Record<string, unknown>)[k] !== undefined) return false;
  return true;
};

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
      return isEmptyObject(v as object) ? '{}' : undefined;
  }
};

/** A scalar after `key:` or `-`: multi-line strings become literal blocks indented to `depth + 2`. */
const after = (v: unknown, simple: string, depth: number): string =>
  typeof v === 'string' && v.includes('\n') ? ` ${block(v, depth + 2) ?? simple}\n` : ` ${simple}\n`;

/**
 * Emits a non-empty collection at nesting `depth` (in spaces). `lead` is the first line's indent: `''`
 * right after the `- ` of an enclosing list (`- name: x`, `- - a`). The output is only ever appended
 * to, never sliced, so V8 flattens the string once at the end instead of once per nesting level.
 */
const node = (v: unknown, depth: number, lead: string): string => {
  const pad = indent(depth);
  let out = '';
  let line = lead;
  if (Array.isArray(v)) {
    for (const item of v) {
      const simple = inline(item);
      out += simple === undefined ? `${line}- ${node(item, depth + 2, '')}` : `${line}-${after(item, simple, depth)}`;
      line = pad;
    }
    return out;
  }
  const record = v as Record<string, unknown>;
  // for-in, not Object.keys: no array of keys per object (JSON-shaped input has no enumerable prototype keys).
  for (const k in record) {
    const item = record[k];
    if (item === undefined || !Object.hasOwn(record, k)) continue;
    const simple = inline(item);
    out += `${line}${key(k, pad)}${simple === undefined ? `\n${node(item, depth + 2, indent(depth + 2))}` : after(item, simple, depth)}`;
    line = pad;
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
  return node(v, 0, '');
};

/** Several documents in one stream, separated by `---`. @category interpreters */
export const emitYamlDocuments = (vs: ReadonlyArray<unknown>): string => vs.map(emitYaml).join('---\n');
