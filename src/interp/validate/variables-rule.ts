import type { Finding, Where } from './problem.js';
import { field, listField, strField } from '../../core/json-value.js';
import type { JsonRecord } from '../../core/json-value.js';
import { inScope, scopeOf } from './scope.js';
import type { Scope, ScopeBuilder } from './scope.js';
import { isCheckedTag, scanTags } from './template-tags.js';
import type { StringSite } from './template-tags.js';
import { createsPod, hasResult, isLeaf, templateType } from './template-type-rule.js';
import type { Callee } from './template-ref-rule.js';

/** Explains why a tag does not resolve; undefined falls back to the generic hints below. */
export type Hint = (key: string) => string | undefined;

/** Variables a template sees of its own: inputs, pod.name; parent is the global scope. */
export const templateScope = (t: unknown, global: Scope): Scope => {
  const exact: Array<string> = [];
  const ty = templateType(t);
  const inputs = field(t, 'inputs');
  const params = listField(inputs, 'parameters');
  for (const p of params) exact.push(`inputs.parameters.${strField(p, 'name')}`);
  if (params.length > 0) exact.push('inputs.parameters');
  for (const a of listField(inputs, 'artifacts')) {
    exact.push(`inputs.artifacts.${strField(a, 'name')}`);
    if (isLeaf(ty)) exact.push(`inputs.artifacts.${strField(a, 'name')}.path`);
  }
  if (createsPod(ty)) exact.push('pod.name');
  return scopeOf(exact, [], global);
};

/**
 * REFERENCE §4.33 (addOutputsToScope): what `steps.<name>.*` / `tasks.<name>.*` offers once the
 * step or task ran. An unresolvable callee offers anything under its prefix.
 */
export const addCallOutputs = (
  into: ScopeBuilder,
  prefix: string,
  callee: Callee,
  o: { readonly aggregate: boolean; readonly ancestor: boolean },
): void => {
  for (const k of ['id', 'startedAt', 'finishedAt', 'hostNodeName']) into.exact.add(`${prefix}.${k}`);
  if (o.ancestor) into.exact.add(`${prefix}.status`);
  if (callee.kind === 'unknown') {
    into.prefixes.add(`${prefix}.`);
    return;
  }
  const t: JsonRecord = callee.template;
  const ty = templateType(t);
  if (field(t, 'daemon') === true) into.exact.add(`${prefix}.ip`);
  if (hasResult(ty)) {
    into.exact.add(`${prefix}.outputs.result`);
    into.exact.add(`${prefix}.exitCode`);
  }
  const outputs = field(t, 'outputs');
  for (const p of listField(outputs, 'parameters'))
    into.exact.add(`${prefix}.outputs.parameters.${strField(p, 'name')}`);
  for (const a of listField(outputs, 'artifacts')) into.exact.add(`${prefix}.outputs.artifacts.${strField(a, 'name')}`);
  if (o.aggregate) {
    into.exact.add(`${prefix}.outputs.parameters`);
    if (ty === 'script' || ty === 'containerSet') {
      into.exact.add(`${prefix}.outputs.result`);
      into.exact.add(`${prefix}.exitCode`);
    }
  }
};

const genericHint = (key: string, template: string | undefined): string => {
  const rest = (p: string): string => key.slice(p.length).split('.')[0] ?? '';
  if (key.startsWith('inputs.parameters.'))
    return `declare '${rest('inputs.parameters.')}' under inputs.parameters of template '${template ?? '?'}'`;
  if (key.startsWith('inputs.artifacts.'))
    return `declare '${rest('inputs.artifacts.')}' under inputs.artifacts of template '${template ?? '?'}' (artifact paths exist only in container/script templates)`;
  if (key.startsWith('workflow.parameters.'))
    return `declare '${key.slice('workflow.parameters.'.length)}' under spec.arguments.parameters`;
  if (key.startsWith('workflow.labels.')) return 'add that label to metadata.labels or spec.workflowMetadata.labels';
  if (key.startsWith('workflow.annotations.'))
    return 'add that annotation to metadata.annotations or spec.workflowMetadata.annotations';
  if (key.startsWith('workflow.outputs.'))
    return 'no template exports it; set globalName on the output that should provide it';
  if (key === 'workflow.priority') return 'set spec.priority';
  if (key === 'workflow.failures') return 'workflow.failures is only available in exit handlers; set spec.onExit';
  if (key.startsWith('item.'))
    return 'no withItems/withParam/withSequence on this step or task defines it; check the item keys';
  if (key.startsWith('pod.')) return 'pod.name only exists in templates that run a pod';
  if (key.startsWith('steps.')) return 'steps.* is only available inside a steps template, from earlier step groups';
  if (key.startsWith('tasks.')) return 'tasks.* is only available inside a dag template';
  return 'check the spelling';
};

/** REFERENCE §4.42: every checked `{{tag}}` in `sites` resolves in `scope`. */
export const checkVariables = (
  report: (f: Finding) => void,
  sites: ReadonlyArray<StringSite>,
  scope: Scope,
  w: Where,
  hint?: Hint,
): void => {
  for (const s of sites) {
    const scan = scanTags(s.value);
    if (scan.unclosedAt !== undefined)
      report({
        ...w,
        path: s.path,
        rule: 'variables',
        message: `'{{' at offset ${scan.unclosedAt} is never closed; add '}}' or remove the braces`,
      });
    for (const tag of scan.tags) {
      if (!isCheckedTag(tag) || inScope(scope, tag.key)) continue;
      const why = hint?.(tag.key) ?? genericHint(tag.key, w.template);
      report({ ...w, path: s.path, rule: 'variables', message: `failed to resolve {{${tag.raw}}}: ${why}` });
    }
  }
};
