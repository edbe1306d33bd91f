// The phases Argo reports for a workflow and for one of its nodes: the types of the refs that read them, of
// the local runner's nodes and of the graph's colours; each list of values is checked whole against its type.

// model

/**
 * What `{{workflow.status}}` holds: `Succeeded`, `Failed` or `Error` in an exit handler, `Running` where a
 * workflow-level hook's expression is evaluated while the workflow runs.
 * @category model
 */
export type WorkflowPhase = 'Running' | 'Succeeded' | 'Failed' | 'Error';

/** Every `WorkflowPhase`, as values (for code that reads a phase from text). */
export const WORKFLOW_PHASES = Object.keys({ Running: 0, Succeeded: 0, Failed: 0, Error: 0 } satisfies Record<WorkflowPhase, 0>) as ReadonlyArray<WorkflowPhase>;

/**
 * What `{{steps.X.status}}` / `{{tasks.X.status}}` holds: Argo's node phase. A `when` sees a finished
 * node's; a hook's expression sees `Pending` and `Running` too.
 * @category model
 */
export type NodePhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Skipped' | 'Omitted';

/** Every `NodePhase`, as values (for code that reads a phase from text). */
export const NODE_PHASES = Object.keys({ Pending: 0, Running: 0, Succeeded: 0, Failed: 0, Error: 0, Skipped: 0, Omitted: 0 } satisfies Record<NodePhase, 0>) as ReadonlyArray<NodePhase>;

/** One entry of `{{workflow.failures}}`: a node that failed or errored. @category model */
export interface WorkflowFailure {
  readonly displayName: string;
  readonly message: string;
  readonly templateName: string;
  readonly phase: 'Failed' | 'Error';
  readonly podName: string;
  readonly finishedAt: string;
}
