import type { Workflow } from '../../argo-model/generated/index.js';

export const isFinished = (wf: Workflow): boolean =>
  typeof wf.status?.finishedAt === 'string' && wf.status.finishedAt !== '';

export const isSuccessful = (wf: Workflow): boolean => wf.status?.phase === 'Succeeded';
