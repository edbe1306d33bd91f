import type { Finding, Where } from './problem.js';
import { field, listField, strField } from '../../argo-model/json-value.js';
import type { JsonRecord } from '../../argo-model/json-value.js';
import { inScope, scopeOf } from './scope.js';
import type { VariableScope, ScopeBuilder } from './scope.js';
import { scanTags } from '../../core/tag-scanner.js';
import { isCheckedTag } from './tagged-strings.js';
import type { StringSite } from './tagged-strings.js';
import { createsPod, hasResult, isLeaf, templateType } from './template-type-rule.js';
import type { Callee } from './template-ref-rule.js';

/** Explains why a tag does not resolve; undefined falls back to the generic hints below. */
export type Hint = (key: string) => string | undefined;

/** Variables a template sees of its own: inputs, pod.name; parent is the global scope. */
export const templateScope = (t: unknown, global: VariableScope): VariableScope => {
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

/** What a step or task offers under `<steps|tasks>.<name>.` once it ran. */
export interface CallOutputs {
  readonly callee: Callee;
  /** Looped: aggregated `outputs.parameters` (and result/exitCode for script/containerSet). */
  readonly aggregate: boolean;
  /** Its status is visible too. */
  readonly ancestor: boolean;
}

const ALWAYS_OFFERED: ReadonlyArray<string> = ['id', 'startedAt', 'finishedAt', 'hostNodeName'];

/**
 * REFERENCE §4.33 (addOutputsToScope): whether `rest` (the key after `<prefix>.`) is offered by a
 * step or task that calls `o.callee`. An unresolvable callee offers anything under its prefix.
 */
export const offersCallOutput = (o: CallOutputs, rest: string): boolean => {
  if (ALWAYS_OFFERED.includes(rest) || (o.ancestor && rest === 'status')) return true;
  const callee = o.callee;
  if (callee.kind === 'unknown') return true;
  const t: JsonRecord = callee.template;
  const ty = templateType(t);
  if (rest === 'ip') return field(t, 'daemon') === true;
  if (rest === 'outputs.result' || rest === 'exitCode')
    return hasResult(ty) || (o.aggregate && (ty === 'script' || ty === 'containerSet'));
  if (rest === 'outputs.parameters') return o.aggregate;
  const outputs = field(t, 'outputs');
  if (rest.startsWith('outputs.parameters.')) {
    const name = rest.slice('outputs.parameters.'.length);
    return listField(outputs, 'parameters').some((p) => strField(p, 'name') === name);
  }
  if (rest.startsWith('outputs.artifacts.')) {
    const name = rest.slice('outputs.artifacts.'.length);
    return listField(outputs, 'artifacts').some((a) => strField(a, 'name') === name);
  }
  return false;
};

/**
 * Accepts `<prefix>.<name>.<rest>` when a step or task called `<name>` offers `<rest>`, resolved on
 * demand rather than listing every variable of every call (a big DAG would allocate thousands).
 * Names may contain dots (already reported), so every split point is tried.
 */
export const callOutputsTest =
  (prefix: string, calls: ReadonlyMap<string, ReadonlyArray<CallOutputs>>) =>
  (key: string): boolean => {
    if (!key.startsWith(prefix)) return false;
    for (let dot = key.indexOf('.', prefix.length); dot !== -1; dot = key.indexOf('.', dot + 1)) {
      const offers = calls.get(key.slice(prefix.length, dot));
      if (offers === undefined) continue;
      const rest = key.slice(dot + 1);
      if (offers.some((o) => offersCallOutput(o, rest))) return true;
    }
    return false;
  };

/** `addOutputsToScope` for scopes that grow step group by step group: lists the keys `offersCallOutput` accepts. */
export const addCallOutputs = (
  into: ScopeBuilder,
  prefix: string,
  callee: Callee,
  o: Omit<CallOutputs, 'callee'>,
): void => {
  for (const k of ALWAYS_OFFERED) into.exact.add(`${prefix}.${k}`);
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
  scope: VariableScope,
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
