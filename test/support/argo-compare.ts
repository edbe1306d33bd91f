/**
 * Normal form of an Argo document for semantic comparison: templates sorted by name, a DAG task's
 * `dependencies: [A, B]` and `depends: "A && B"` both turned into the same sorted conjunction, a retry
 * `limit` (an IntOrString) as a number, a resource template's `manifest` and a `podSpecPatch` text parsed
 * (text and a rendered object compare by content), a parameter value holding a JSON list or object
 * compared as JSON (upstream indents it by hand; a typed `param.json` value is printed on one line, which
 * Argo parses the same), an expr-lang `expression` by meaning: its syntax tree, read with the project's
 * expr parser, without the literals' quoting (expr-lang reads `"x"` and `'x'` as the same literal; tiphys
 * writes `'x'`, upstream often `"x"`) or spacing and grouping parentheses,
 * and a step's or task's `when` by meaning: both texts parsed as govaluate with the
 * same placeholder for the same tag (`{{x}} == heads` and `"{{x}}" == "heads"` alike, `== true` and
 * `== "true"` not).
 */
import { parseAllDocuments } from 'yaml';
import { exprMeaning } from '../../src/argo-docs/expr/expr-meaning.js';
import { whenMeaning } from '../../src/argo-docs/expr/when-meaning.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const conjunction = (names: ReadonlyArray<string>): string => [...names].sort().join(' && ');

const normalizeTask = (task: Obj): Obj => {
  const { dependencies, depends, ...rest } = task;
  if (Array.isArray(dependencies)) return { ...rest, depends: conjunction(dependencies as string[]) };
  if (typeof depends === 'string' && /^[\w.-]+(\s*&&\s*[\w.-]+)*$/.test(depends.trim())) {
    return { ...rest, depends: conjunction(depends.split('&&').map((s) => s.trim())) };
  }
  return depends === undefined ? rest : { ...rest, depends };
};

const jsonText = (v: unknown): unknown => {
  if (typeof v !== 'string' || !/^\s*[[{]/.test(v)) return v;
  try {
    return { json: JSON.parse(v) as unknown };
  } catch {
    return v;
  }
};

const walk = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(walk);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'templates' && Array.isArray(x)) {
      out[k] = (x as Obj[]).map(walk).sort((a, b) => String((a as Obj).name).localeCompare(String((b as Obj).name)));
    } else if ((k === 'manifest' || k === 'podSpecPatch') && typeof x === 'string') {
      out[k] = parseAllDocuments(x).map((d) => walk(d.toJS()));
    } else if (k === 'expression' && typeof x === 'string') {
      const meaning = exprMeaning(x);
      out[k] = meaning === undefined ? x : { meaning };
    } else if (k === 'when' && typeof x === 'string') {
      const meaning = whenMeaning(x);
      out[k] = meaning === undefined ? x : { meaning };
    } else if (k === 'value' && typeof v.name === 'string') {
      out[k] = jsonText(x);
    } else if (k === 'retryStrategy' && isObj(x) && typeof x.limit === 'string' && /^\d+$/.test(x.limit)) {
      // An IntOrString: Argo reads `limit: 10` and `limit: "10"` alike.
      out[k] = walk({ ...x, limit: Number(x.limit) });
    } else if (k === 'tasks' && Array.isArray(x)) {
      out[k] = (x as Obj[]).map((t) => walk(normalizeTask(t)));
    } else {
      out[k] = walk(x);
    }
  }
  return out;
};

export const normalizeArgo = (doc: unknown): unknown => walk(doc);
