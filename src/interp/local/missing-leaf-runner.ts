// The leaf runner a run uses until one that runs mocks, implementations and host commands is wired in:
// every leaf ends in Error, saying how it could have run.
import type { LeafRunner } from './leaf-runner.js';

export const missingLeafRunner: LeafRunner = (request) =>
  Promise.resolve({
    phase: 'Error',
    message: `no way to run template '${request.node.templateName}' (node ${request.node.name}): give it an implementation, a mock, or run with host: true`,
    outputs: { parameters: {}, artifacts: {} },
  });
