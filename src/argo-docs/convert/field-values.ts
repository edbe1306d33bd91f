// Argo field values (any JSON) as TypeScript: strings with refs become template literals, and a field
// that reads the template's inputs becomes a function of them (`(i) => ...`), as the builders take it.
import { asString, stringExpr, type Resolver } from './ref-expressions.js';
import { arrow, code, literal, propertyKey, type Code } from './ts-code.js';

/** A value with every string converted; `via` collects the callback parameters it reads. */
export const dataExpr = (v: unknown, resolve: Resolver, via: Set<'i' | 'o'>): Code => {
  if (typeof v === 'string') {
    const e = stringExpr(v, resolve);
    for (const x of e.via) via.add(x);
    return asString(e);
  }
  if (Array.isArray(v)) return code(`[${v.map((x) => dataExpr(x, resolve, via).text).join(', ')}]`);
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return code(entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${propertyKey(k)}: ${dataExpr(x, resolve, via).text}`).join(', ')} }`);
  }
  return code(literal(v));
};

/** `(i) => value` when the value reads the inputs (`(i, o) =>` for own output artifacts), else the value. */
export const fromInputs = (value: Code, via: ReadonlySet<'i' | 'o'>): Code =>
  via.size === 0 ? value : arrow(via.has('o') ? ['i', 'o'] : ['i'], value.text);

/** A field value as a builder option takes it. */
export const fieldExpr = (v: unknown, resolve: Resolver): Code => {
  const via = new Set<'i' | 'o'>();
  const value = dataExpr(v, resolve, via);
  return fromInputs(value, via);
};

/** Every field of `fields` as options, each a value or a function of the inputs. */
export const fieldOptions = (fields: Readonly<Record<string, unknown>>, resolve: Resolver): Record<string, Code> =>
  Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (v === undefined ? [] : [[k, fieldExpr(v, resolve)]])));
