import * as E from 'fp-ts/lib/Either.js';
import { scanTags } from '../../core/tag-scanner.js';
import { evaluateExpr } from './evaluate-expr.js';
import { ExprError } from './expr-error.js';
import type { ExprValue } from './expr-value.js';
import { expandEnv } from './expr-value.js';
import { renderResult } from './go-format.js';

// Argo's template substitution (util/template) at the moment a node runs, when every variable it may use is
// known: `{{name}}` is replaced by the variable (trimmed name, flat dot-joined key), `{{=expr}}` by the
// expr-lang result (a string as is, anything else as JSON text). Argo's earlier passes leave unknown tags
// in place for a later pass; at run time an unresolved tag is an error, and so it is here: the error names
// the tag. A nil expression result is an error too, as in Argo. Nested tags (`{{a.{{b}}}}`) end at the
// first `}}`, as the scanner reads them, so they are unresolved.

/**
 * Replaces the `{{...}}` tags of `text` from `vars`, a flat map keyed by Argo's variable names
 * (`inputs.parameters.x`, `steps.a.outputs.result`, `item`); expression tags see `vars` expanded into
 * nested maps (`expandEnv`).
 *
 * ```ts
 * substituteTags('n={{inputs.parameters.n}} x10={{=asInt(inputs.parameters.n) * 10}}', { 'inputs.parameters.n': '4' })
 * // right('n=4 x10=40')
 * ```
 * @category evaluation
 */
export const substituteTags = (text: string, vars: Readonly<Record<string, ExprValue>>): E.Either<ExprError, string> => {
  const scan = scanTags(text);
  if (scan.unclosedAt !== undefined) {
    return E.left(new ExprError(text, scan.unclosedAt, 'The tag {{ is never closed by }}'));
  }
  let out = '';
  let from = 0;
  let env: ReturnType<typeof expandEnv> | undefined;
  for (const tag of scan.tags) {
    const start = text.indexOf(`{{${tag.raw}}}`, from);
    out += text.slice(from, start);
    from = start + tag.raw.length + 4;
    if (tag.expression) {
      env ??= expandEnv(vars);
      const result = evaluateExpr(tag.raw.slice(1), env);
      if (E.isLeft(result)) return E.left(new ExprError(text, start + 3 + result.left.position, `The expression {{${tag.raw}}} fails: ${result.left.reason}`));
      if (result.right === null) return E.left(new ExprError(text, start, `The expression {{${tag.raw}}} gives nil`));
      out += renderResult(result.right);
    } else {
      if (!Object.hasOwn(vars, tag.key)) return E.left(new ExprError(text, start, `The variable {{${tag.key}}} is not defined here`));
      out += renderResult(vars[tag.key] ?? null);
    }
  }
  return E.right(out + text.slice(from));
};
