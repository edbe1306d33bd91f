export { validate, validateDocument, templateRegistry } from './validate-document.js';
export { RULES } from './problem.js';
export type { ValidationProblem, RuleId } from './problem.js';
export { ARGO_KINDS, isArgoKind } from '../import/argo-kinds.js';
export type { ArgoKind } from '../import/argo-kinds.js';
export type { TemplateRegistry, ValidateOptions } from './validate-context.js';
