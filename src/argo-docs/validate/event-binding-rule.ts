import type { Report } from './problem.js';
import { describeType, field, isRecord, list, pathIndex, strField } from '../../argo-model/json-value.js';

/**
 * A WorkflowEventBinding's spec: an event selector (an expr-lang expression the Argo Server evaluates per
 * event), and what it submits: a WorkflowTemplate by name, with arguments each of which has a value or
 * reads the event (`valueFrom.event`). Argo itself checks none of this until an event arrives.
 */
export const checkEventBinding = (report: Report, spec: Readonly<Record<string, unknown>>): void => {
  const selector = field(field(spec, 'event'), 'selector');
  if (typeof selector !== 'string' || selector.trim() === '')
    report({
      path: 'spec.event.selector',
      rule: 'event-binding',
      message: `the binding needs an event selector, an expression over the event such as 'payload.message != ""' (${typeof selector === 'string' ? 'it is empty' : selector === undefined ? 'it is missing' : `found ${describeType(selector)}`})`,
    });
  const submit = field(spec, 'submit');
  if (submit === undefined) return;
  if (!isRecord(submit)) {
    report({ path: 'spec.submit', rule: 'type', message: `submit must be a map with workflowTemplateRef (found ${describeType(submit)})` });
    return;
  }
  if (strField(field(submit, 'workflowTemplateRef'), 'name') === '')
    report({ path: 'spec.submit.workflowTemplateRef.name', rule: 'event-binding', message: 'submit.workflowTemplateRef needs the name of the WorkflowTemplate to submit' });
  const seen = new Set<string>();
  list(field(field(submit, 'arguments'), 'parameters')).forEach((p, i) => {
    const path = pathIndex('spec.submit.arguments.parameters', i);
    const name = strField(p, 'name');
    if (name === '') report({ path: `${path}.name`, rule: 'param-name', message: 'each argument needs a name' });
    else if (seen.has(name)) report({ path: `${path}.name`, rule: 'param-name', message: `argument '${name}' is given twice` });
    seen.add(name);
    const valueFrom = field(p, 'valueFrom');
    if (field(p, 'value') === undefined && valueFrom === undefined)
      report({ path, rule: 'argument-value', message: `argument '${name}' needs a value or valueFrom.event (an expression over the event, such as payload.${name || 'x'})` });
    if (valueFrom !== undefined) {
      const other = isRecord(valueFrom) ? Object.keys(valueFrom).filter((k) => k !== 'event' && k !== 'configMapKeyRef') : [];
      if (other.length > 0)
        report({ path: `${path}.valueFrom`, rule: 'argument-value-from', message: `argument '${name}' has valueFrom.${other.join(', valueFrom.')}, which a binding cannot read; use valueFrom.event` });
    }
  });
};
