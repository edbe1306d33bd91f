// A leaf (container, script, resource, http, plugin, data, containerSet): substituted, then handed to the
// LeafRunner for one attempt. Real work in flight holds the virtual clock; the runner's `sleep` lets it go.
import type { LeafResult } from './leaf-runner.js';
import { substituteDeep } from './run-expressions.js';
import { abortMessage, type BodyExecutor } from './template-body.js';

export const runLeaf: BodyExecutor = async ({ run, node, template, inputs, scope, signal, attempt }) => {
  // Metrics are ignored locally, and name variables that exist only once the node has ended ({{status}}).
  const { metrics: _ignored, ...body } = template;
  const resolved = substituteDeep(body, scope);
  let endBusy = run.clock.busy();
  const sleep = async (ms: number): Promise<boolean> => {
    endBusy();
    const fired = await run.clock.sleep(ms, signal);
    endBusy = run.clock.busy();
    return fired;
  };
  let result: LeafResult;
  try {
    result = await run.leaf({
      workflow: run.workflow,
      template: resolved,
      node: { id: node.id, name: node.name, displayName: node.displayName, templateName: node.templateName ?? '', attempt },
      inputs: { parameters: inputs.parameters, artifacts: inputs.artifacts },
      signal,
      sleep,
    });
  } catch (e) {
    return { phase: 'Error', message: e instanceof Error ? e.message : String(e) };
  } finally {
    endBusy();
  }
  if (signal.aborted) return { phase: 'Failed', message: abortMessage(signal), outputs: result.outputs };
  return { phase: result.phase, ...(result.message !== undefined && { message: result.message }), outputs: result.outputs };
};
