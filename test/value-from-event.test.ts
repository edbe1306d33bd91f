// valueFrom.event: a workflow argument read from the event a WorkflowEventBinding submits the workflow for.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, globals, param, renderDocument, workflow, workflowTemplate } from '../src/index.js';

const g = globals({ salutation: param.string({ default: 'hello' }), appellation: param.string({ event: 'payload.appellation' }) });
const say = container({ name: 'argosay', image: 'argoproj/argosay:v2', args: ['echo', `${g.salutation} ${g.appellation}`] });

describe('valueFrom.event', () => {
  it('renders on a global as spec.arguments valueFrom.event, beside a plain value', () => {
    const r = renderDocument(workflowTemplate({ name: 'event-consumer', templates: {}, entrypoint: say, arguments: g }));
    expect(E.isRight(r) && r.right.spec).toMatchObject({
      arguments: { parameters: [{ name: 'salutation', value: 'hello' }, { name: 'appellation', valueFrom: { event: 'payload.appellation' } }] },
    });
  });

  it('is refused on an output, which no event reaches', () => {
    const out = container({ name: 'out', image: 'busybox', outputs: { x: param.string({ event: 'payload.x' }) } });
    const r = renderDocument(workflow({ generateName: 'e-', entrypoint: out }));
    expect(E.isLeft(r) && r.left.map((p) => `${p.template} ${p.path}: ${p.message}`)).toEqual([
      "out outputs.parameters.x.valueFrom.event: output 'x' has event, which only workflow arguments take (the event a WorkflowEventBinding submits for); give it `path`, `expression` or another output source",
    ]);
  });
});
