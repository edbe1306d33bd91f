export { validate, validateDocument, templateRegistry, documentLabel } from './validate-document.js';
export { RULES } from './problem.js';
export type { Problem, RuleId } from './problem.js';
export { ARGO_KINDS, isArgoKind } from './validate-context.js';
export type { ArgoKind, TemplateRegistry, ValidateOptions } from './validate-context.js';
