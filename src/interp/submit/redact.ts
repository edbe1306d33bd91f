/**
 * Keeps secrets (bearer tokens, basic credentials, client keys, URL user info) out of every message,
 * log line and verbose trace, in every form a server may echo them: raw, JSON-escaped (`\u002f`,
 * `\/`), URL-encoded (`%2F`), or inside base64 (`user:token` in a Basic header).
 */

export const REDACTED = '[REDACTED]';

export type Redactor = (text: string) => string;

/** Secrets shorter than this are not searched for: they would redact ordinary words. */
const MIN_SECRET = 4;
/** A base64 window shorter than this could match by chance. */
const MIN_BASE64 = 8;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** One character in any of its echo forms: itself, `\uXXXX`, `\/` for `/`, or percent-encoded. */
const charForms = (c: string): string => {
  const forms = [escapeRegex(c)];
  const code = c.codePointAt(0) ?? 0;
  if (code <= 0xffff) forms.push(`\\\\u${hex(code, 4)}`);
  if (c === '/') forms.push('\\\\/');
  if (c === ' ') forms.push('\\+');
  forms.push(escapeRegex(encodeURIComponent(c)));
  if (code < 0x80) forms.push(`%${hex(code, 2)}`);
  return forms.length === 1 ? forms[0] ?? '' : `(?:${forms.join('|')})`;
};

const pattern = (secret: string): string => Array.from(secret, charForms).join('');

/**
 * The base64 text that any encoding of a string containing `secret` must contain, for each of the
 * three byte alignments the secret can start at (standard and URL alphabets).
 */
const base64Windows = (secret: string): ReadonlyArray<string> => {
  const n = Buffer.byteLength(secret);
  const out: Array<string> = [];
  for (let k = 0; k < 3; k++) {
    const b64 = Buffer.concat([Buffer.alloc(k), Buffer.from(secret)]).toString('base64');
    // Characters whose 6 bits all come from the secret's bytes.
    const first = Math.ceil((8 * k) / 6);
    const last = Math.floor((8 * (k + n)) / 6);
    const window = b64.slice(first, last);
    if (window.length >= MIN_BASE64) out.push(window, window.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
};

/** `Basic <base64>` also hides `user:password` and the password inside it. */
const basicParts = (secret: string): ReadonlyArray<string> => {
  const m = /^basic\s+(\S+)$/i.exec(secret.trim());
  if (m?.[1] === undefined) return [];
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return [m[1], decoded, ...(colon === -1 ? [] : [decoded.slice(colon + 1)])];
};

/** The user info of `https://user:pw@host` anywhere in a text; anchored on `://` so a 3 MB message scans fast. */
const URL_USER_INFO = /:\/\/[^\s/@"'<>]{1,512}@/g;
const AUTH_HEADER = /(authorization["']?\s*[:=]\s*["']?)(bearer\s+|basic\s+)?(?!\[REDACTED\])[^\s"',})\]]+/gi;

/** The user info of a URL-ish string (`user:pw@host`), as secrets. */
export const urlCredentials = (url: string | undefined): ReadonlyArray<string> => {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^\s/@]+)@/i.exec(url ?? '');
  if (m?.[1] === undefined) return [];
  const info = decodeURIComponent(m[1].replace(/%(?![0-9a-f]{2})/gi, '%25'));
  const colon = info.indexOf(':');
  return colon === -1 ? [info] : [info, info.slice(colon + 1)];
};

/** Replaces every echo form of each secret, any `Authorization:` value and URL user info by `[REDACTED]`. */
export const makeRedactor = (secrets: ReadonlyArray<string | undefined>): Redactor => {
  const present = secrets.filter((s): s is string => s !== undefined && s.trim().length >= MIN_SECRET).map((s) => s.trim());
  const bare = present.map((s) => s.replace(/^bearer\s+/i, ''));
  const all = [...new Set([...bare, ...bare.flatMap(basicParts)].filter((s) => s.length >= MIN_SECRET))];
  // Longest first, so a secret is never half-replaced by a shorter one it contains.
  const forms = [...new Set([...all, ...all.flatMap(base64Windows)])].sort((a, b) => b.length - a.length);
  const any = forms.length === 0 ? undefined : new RegExp(forms.map(pattern).join('|'), 'gi');
  return (text) => {
    let out = text.replace(AUTH_HEADER, `$1$2${REDACTED}`).replace(URL_USER_INFO, `://${REDACTED}@`);
    if (any !== undefined) out = out.replace(any, REDACTED);
    return out;
  };
};

/** The same error with every string inside it redacted (messages, paths, raw values). */
export const redactDeep = <A>(value: A, redact: Redactor): A => {
  if (typeof value === 'string') return redact(value) as A;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, redact)) as A;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, redact);
  return out as A;
};
