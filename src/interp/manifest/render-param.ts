import type { NamedParam } from '../../core/template-node.js';
import type { Problem } from '../../core/problem.js';
import type { Parameter } from '../../argo-model/generated/argo-types.js';

/** A default or enum value the parameter's codec refused. */
const checkEncoded = ({ name, param }: NamedParam, template: string, where: 'inputs' | 'outputs', problems: Problem[]): void => {
  if (param.invalid !== undefined)
    problems.push({ template, path: `${where}.parameters.${name}`, message: `${where === 'inputs' ? 'input' : 'output'} '${name}': ${param.invalid}` });
};

/**
 * An input parameter: `name`, `default`, `value`, `enum`, `description`, and a ConfigMap key Argo reads
 * its value from (`valueFrom.configMapKeyRef`). Output-only sources are a problem.
 */
export const renderInput = ({ name, param }: NamedParam, template: string, problems: Problem[]): Parameter => {
  checkEncoded({ name, param }, template, 'inputs', problems);
  const { configMapKeyRef, ...outputOnly } = param.valueFrom ?? {};
  if (Object.keys(outputOnly).length > 0) {
    problems.push({
      template,
      path: `inputs.parameters.${name}`,
      message: `input '${name}' has ${Object.keys(outputOnly).join(', ')}, which only apply to outputs; remove them`,
    });
  }
  return {
    name,
    ...(param.default !== undefined && { default: param.default }),
    ...(param.value !== undefined && { value: param.value }),
    ...(configMapKeyRef !== undefined && { valueFrom: { configMapKeyRef } }),
    ...(param.enum !== undefined && { enum: [...param.enum] }),
    ...(param.description !== undefined && { description: param.description }),
  };
};

/**
 * An output parameter: its `valueFrom` (with `default` inside), `enum` (the choices a suspend template's
 * supplied output offers on resume), `globalName`, `description`.
 */
export const renderOutput = ({ name, param }: NamedParam, template: string, problems: Problem[]): Parameter => {
  checkEncoded({ name, param }, template, 'outputs', problems);
  const source = param.valueFrom;
  if (source === undefined) {
    problems.push({
      template,
      path: `outputs.parameters.${name}`,
      message: `output '${name}' has no source: give it \`path\` (containers, scripts) or set it with \`outputs({ ${name}: ... })\` (dags, steps)`,
    });
  }
  if (source?.event !== undefined) {
    problems.push({
      template,
      path: `outputs.parameters.${name}.valueFrom.event`,
      message: `output '${name}' has event, which only workflow arguments take (the event a WorkflowEventBinding submits for); give it \`path\`, \`expression\` or another output source`,
    });
  }
  // The DSL's `supplied: true` is Argo's `supplied: {}` (an empty SuppliedValueFrom object).
  const { supplied, event: _eventOnlyForArguments, ...rest } = source ?? {};
  const valueFrom = {
    ...rest,
    ...(supplied === true && { supplied: {} }),
    ...(param.default !== undefined && { default: param.default }),
  };
  return {
    name,
    ...(param.enum !== undefined && { enum: [...param.enum] }),
    ...(Object.keys(valueFrom).length > 0 && { valueFrom }),
    ...(param.globalName !== undefined && { globalName: param.globalName }),
    ...(param.description !== undefined && { description: param.description }),
  };
};
