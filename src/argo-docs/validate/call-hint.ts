import { field, listField, strField } from '../../argo-model/json-value.js';
import type { Callee } from './template-ref-rule.js';
import { templateType } from './template-type-rule.js';

/** Why `<steps|tasks>.<name>.<rest>` is not offered by the callee of that step or task. */
export const calleeHint = (kind: 'step' | 'task', name: string, rest: string, callee: Callee | undefined): string => {
  if (callee === undefined || callee.kind === 'unknown') return `${kind} '${name}' does not provide '${rest}'`;
  const t = callee.template;
  const of = `template '${callee.name}'`;
  if (rest === 'status')
    return `${kind} '${name}' status is only visible to tasks that depend on it; add '${name}' to depends`;
  if (rest === 'outputs.result' || rest === 'exitCode')
    return `${of} is a ${templateType(t) ?? 'typeless'} template; ${rest} exists only for container, script, containerSet, http, data and plugin templates`;
  if (rest === 'outputs.parameters')
    return `${kind} '${name}' has no withItems/withParam, so there is no aggregated outputs.parameters; name one parameter`;
  if (rest.startsWith('outputs.parameters.')) {
    const have = listField(field(t, 'outputs'), 'parameters').map((p) => strField(p, 'name'));
    return `${of} has no output parameter '${rest.slice('outputs.parameters.'.length)}'${have.length > 0 ? ` (it has: ${have.join(', ')})` : ''}; declare it under outputs.parameters of ${of}`;
  }
  if (rest.startsWith('outputs.artifacts.')) {
    const have = listField(field(t, 'outputs'), 'artifacts').map((a) => strField(a, 'name'));
    return `${of} has no output artifact '${rest.slice('outputs.artifacts.'.length)}'${have.length > 0 ? ` (it has: ${have.join(', ')})` : ''}; declare it under outputs.artifacts of ${of}`;
  }
  if (rest === 'ip') return `${of} is not a daemon; ip exists only for daemon: true templates`;
  return `${kind} '${name}' has no '${rest}'; use id, status, startedAt, finishedAt, hostNodeName, exitCode, outputs.result, outputs.parameters.<p> or outputs.artifacts.<a>`;
};
