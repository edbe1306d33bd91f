// The phase Argo gives a node of a run: one type for the local runner's nodes and the graph's colours.

/** Argo's node phases. @category model */
export type NodePhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Skipped' | 'Omitted';
