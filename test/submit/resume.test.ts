// Resuming a suspend node with its supplied outputs: client.resume (typed by the template, or by name)
// and `tiphys resume --node -p`, against the fixture server.
import { describe, expect, it } from 'vitest';
import { param, steps, suspend, workflow, container } from '../../src/index.js';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { clientFor, useFixture, WAIT_MS } from './submit-test-kit.js';

const approve = suspend({
  name: 'approve',
  outputs: {
    decision: param.enumWithDefault(['YES', 'NO'], 'NO', { supplied: true }),
    retries: param.int({ supplied: true }),
    note: param.string({ expression: "'n/a'" }),
  },
});
const deploy = container({ name: 'deploy', image: 'alpine', command: ['true'] });
const pipeline = workflow({
  generateName: 'approval-',
  entrypoint: steps('pipeline', (s) => {
    s.step('approval', approve, {});
    s.step('deploy', deploy, {});
  }),
});

type NodeLike = { displayName?: string; type?: string; phase?: string; outputs?: { parameters?: ReadonlyArray<{ name: string; value?: string }> } };
const approvalNode = (wf: { status?: { nodes?: Readonly<Record<string, NodeLike>> } }) =>
  Object.values(wf.status?.nodes ?? {}).find((n) => n.displayName === 'approval');

describe('resume', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));
  const bodies = (operation: string): Array<Record<string, unknown>> =>
    fx.requests.filter((r) => r.operation === operation).map((r) => JSON.parse(String(r.body)) as Record<string, unknown>);
  const setCalls = () => bodies('WorkflowService_SetWorkflow');

  const started = async () => {
    const c = clientFor(fx);
    const run = await c.submit(pipeline);
    await run.wait({ timeoutMs: WAIT_MS });
    return { c, run };
  };

  it('by the suspend template: encodes the typed outputs and sets them on the nodes running it, as Succeeded', async () => {
    const { c, run } = await started();
    const wf = await c.resume(run, approve, { decision: 'YES', retries: 3 });
    expect(setCalls()).toEqual([
      expect.objectContaining({ nodeFieldSelector: 'templateName=approve', phase: 'Succeeded', outputParameters: '{"decision":"YES","retries":"3"}' }),
    ]);
    expect(approvalNode(wf)).toMatchObject({
      type: 'Suspend',
      outputs: { parameters: [{ name: 'decision', value: 'YES' }, { name: 'retries', value: '3' }] },
    });
  });

  it('by display name: checks the outputs against the template in the live workflow, before setting anything', async () => {
    const { c, run } = await started();
    await expect(c.resume(run.name, 'approval', { decison: 'YES' })).rejects.toThrow(
      "'decison' is not a supplied output of suspend template 'approve'; it takes: decision, retries.",
    );
    await expect(c.resume(run.name, 'approval', { note: 'x' })).rejects.toThrow(
      "'note' is not a supplied output of suspend template 'approve'; it takes: decision, retries.",
    );
    await expect(c.resume(run.name, 'approval', { decision: 'MAYBE' })).rejects.toThrow(
      "Output 'decision' of suspend template 'approve' must be one of YES, NO, not 'MAYBE'.",
    );
    await expect(c.resume(run.name, 'deploy', { decision: 'YES' })).rejects.toThrow(
      `Workflow ${run.name} has no suspend node named 'deploy' (its suspend nodes: approval).`,
    );
    expect(setCalls()).toEqual([]);
    const wf = await c.resume(run.name, 'approval', { decision: 'NO' });
    expect(approvalNode(wf)?.outputs?.parameters).toEqual([{ name: 'decision', value: 'NO' }]);
  });

  it('with no outputs: resumes the node through the resume action and its selector', async () => {
    const { c, run } = await started();
    await c.resume(run.name, 'approval');
    expect(setCalls()).toEqual([]);
    expect(bodies('WorkflowService_ResumeWorkflow')).toEqual([expect.objectContaining({ nodeFieldSelector: 'displayName=approval' })]);
  });

  it('tiphys resume --node -p sets checked outputs; a wrong one is a sentence and sets nothing', async () => {
    const { run } = await started();
    const cli = (argv: ReadonlyArray<string>) => runCli(argv, { env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'false', ARGO_NAMESPACE: 'argo' } });
    const bad = await cli(['resume', run.name, '--node', 'approval', '-p', 'decision=maybe']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Output 'decision' of suspend template 'approve' must be one of YES, NO, not 'maybe'.");
    const unnamed = await cli(['resume', run.name, '-p', 'decision=YES']);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('-p on resume sets outputs of a suspend node: name it with --node');
    expect(setCalls()).toEqual([]);
    const ok = await cli(['resume', run.name, '--node', 'approval', '-p', 'decision=YES', '-o', 'json']);
    expect(ok.stderr).toBe('');
    expect(approvalNode(JSON.parse(ok.stdout))?.outputs?.parameters).toEqual([{ name: 'decision', value: 'YES' }]);
  });
});
