// Short, human-readable rendering of a decoded value for error messages.

const MAX = 40;

export const describeValue = (u: unknown): string => {
  if (u === null) return 'null';
  if (u === undefined) return 'nothing';
  if (Array.isArray(u)) return `a list (${u.length} item${u.length === 1 ? '' : 's'})`;
  switch (typeof u) {
    case 'string': {
      const s = JSON.stringify(u);
      return `the string ${s.length > MAX ? `${s.slice(0, MAX)}…"` : s}`;
    }
    case 'number':
      return Number.isInteger(u) ? `the integer ${u}` : `the number ${u}`;
    case 'boolean':
      return `the boolean ${u}`;
    case 'object':
      return u instanceof Date ? `the timestamp ${u.toISOString()}` : 'a map';
    default:
      return typeof u;
  }
};
