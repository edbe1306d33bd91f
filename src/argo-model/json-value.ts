// Safe access into parsed manifests of unknown shape: nothing here throws on wrong types.

/** @category model */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** A map: not a list, not null, and not a Date (which a YAML 1.1 timestamp or user code could produce). */
export const isRecord = (u: unknown): u is JsonRecord =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && !(u instanceof Date);

/** Own property only, so `__proto__`/`constructor` keys in garbage input never reach prototypes. */
export const field = (u: unknown, key: string): unknown =>
  isRecord(u) && Object.prototype.hasOwnProperty.call(u, key) ? u[key] : undefined;

/** Go treats a missing pointer and an explicit `null` alike. */
export const has = (u: unknown, key: string): boolean => {
  const v = field(u, key);
  return v !== undefined && v !== null;
};

export const str = (u: unknown): string | undefined => (typeof u === 'string' ? u : undefined);

/** A string field, '' when absent or not a string (Go's zero value). */
export const strField = (u: unknown, key: string): string => str(field(u, key)) ?? '';

export const list = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : []);

export const listField = (u: unknown, key: string): ReadonlyArray<unknown> => list(field(u, key));

export const entries = (u: unknown): ReadonlyArray<readonly [string, unknown]> =>
  isRecord(u) ? Object.entries(u) : [];

/** Argo's AnyString: strings, numbers and booleans all become strings. */
export const anyString = (u: unknown): string | undefined =>
  typeof u === 'string' ? u : typeof u === 'number' || typeof u === 'boolean' ? String(u) : undefined;

// paths: one spelling for every problem (validator, model decoding, lint), parsed back to locate YAML nodes

/** A map key or a list index on the way from the document root to a field. */
export type PathSegment = string | number;

const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;

export const pathKey = (path: string, key: string): string =>
  SIMPLE_KEY.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;

export const pathIndex = (path: string, i: number): string => `${path}[${i}]`;

/** `spec.templates[2].contaner`; '' for the document itself. */
export const formatPath = (segments: ReadonlyArray<PathSegment>): string =>
  segments.reduce<string>((acc, s) => (typeof s === 'number' ? pathIndex(acc, s) : pathKey(acc, s)), '');

/** Split a path built by pathKey/pathIndex/formatPath back into segments (for locating YAML nodes). */
export const pathSegments = (path: string): ReadonlyArray<PathSegment> => {
  const out: Array<PathSegment> = [];
  const re = /([A-Za-z0-9_-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
};

export const describeType = (u: unknown): string =>
  u === null ? 'null' : Array.isArray(u) ? 'a list' : typeof u === 'object' ? 'a map' : `a ${typeof u}`;
