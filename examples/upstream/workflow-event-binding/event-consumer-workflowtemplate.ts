import { container, globals, param, steps, workflowTemplate } from 'tiphys';

const g = globals({ salutation: param.string({ default: 'hello' }) });
// Not declared in spec.arguments: the WorkflowEventBinding (event-consumer-workfloweventbinding.ts) supplies
// it from the event's payload, and `expects` makes every run (binding or workflow) give it.
const supplied = globals({ appellation: param.string() });

const argosay = container({
  name: 'argosay',
  inputs: { salutation: param.string(), appellation: param.string() },
  image: 'argoproj/argosay:v2',
  args: (i) => ['echo', `${i.salutation} ${i.appellation}`],
});

const main = steps('main', (s) => {
  s.step('a', argosay, { salutation: g.salutation, appellation: supplied.appellation });
});

export const eventConsumer = workflowTemplate({ name: 'event-consumer', entrypoint: main, templates: {}, arguments: g, expects: supplied });
