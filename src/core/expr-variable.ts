// How an Argo variable and a string read inside an expr-lang expression: what `expression` writes for a ref
// or a string, and what `tiphys convert` recognises in an expression's text to turn it back into a ref.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * A dotted Argo variable in expr-lang's form: `tasks['my-task'].outputs.parameters.p`, `item[0]`; anything
 * else parenthesised.
 * @category utils
 */
export const exprVariable = (path: string): string => {
  if (!PATH.test(path)) return `(${path})`;
  const [head, ...rest] = path.split('.');
  return `${head}${rest.map((s) => (IDENTIFIER.test(s) ? `.${s}` : /^\d+$/.test(s) ? `[${s}]` : `['${s}']`)).join('')}`;
};

/** A string as an expr-lang literal, single-quoted: `'it\\'s'`. @category utils */
export const exprString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
