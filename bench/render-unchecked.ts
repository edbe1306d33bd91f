import * as E from 'fp-ts/lib/Either.js';
import { formatProblem, renderWorkflow, type Problem, type Workflow, type WorkflowManifest } from '../src/index.js';

/**
 * The manifest of a workflow without Argo's validation rules. The benches need it because their
 * 1000- to 10,000-task dags exceed Argo's 200 tasks per dag, which `toManifest`/`toYaml` refuse.
 */
export const renderUnchecked = (wf: Workflow<unknown, unknown>): WorkflowManifest =>
  E.getOrElse((problems: ReadonlyArray<Problem>): WorkflowManifest => {
    throw new Error(`bench workflow does not render: ${problems.map(formatProblem).join('; ')}`);
  })(renderWorkflow(wf));
