/** `tiphys terminate <name...>`. */
import { workflowAction } from './workflow-action.js';

export const run = workflowAction('terminate');
