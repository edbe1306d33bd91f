/** `tiphys suspend <name...>`. */
import { workflowAction } from './workflow-action.js';

export const run = workflowAction('suspend');
