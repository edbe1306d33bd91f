import { param, workflowEventBinding } from 'tiphys';
import { eventConsumer } from './event-consumer-workflowtemplate.js';

// Submits the event-consumer WorkflowTemplate for each event whose payload has an appellation, which it
// expects supplied: the argument is checked against it by `tsc`.
export default workflowEventBinding({
  name: 'event-consumer',
  event: { selector: 'payload.appellation != ""' },
  submit: { workflowTemplateRef: eventConsumer, arguments: { appellation: param.string({ event: 'payload.appellation' }) } },
});
