// Argo's two expression languages and its `{{...}}` substitution, as the controller evaluates them.
export { evaluateExpr } from './evaluate-expr.js';
export { evaluateGovaluate, evaluateWhen } from './evaluate-govaluate.js';
export { ExprError } from './expr-error.js';
export type { ExprEnv, ExprMap, ExprValue } from './expr-value.js';
export { expandEnv } from './expr-value.js';
export { renderResult } from './go-format.js';
export { substituteTags } from './substitute-tags.js';
