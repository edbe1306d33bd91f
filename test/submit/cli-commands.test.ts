import { describe, expect, it } from 'vitest';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { useFixture } from './submit-test-kit.js';

const COUNT = 'test/fixtures/submit/count-workflow.ts';
const DIAMOND = 'examples/dag-diamond.ts';
const LIBRARY = 'examples/upstream/workflow-template/templates.ts';
const CLUSTER_LIBRARY = 'examples/upstream/cluster-workflow-template/clustertemplates.ts';
const CRON = 'examples/upstream/cron-workflow.ts';

describe('CLI commands against the fixture server', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f), { outputs: () => ({ total: '12.5' }) });

  const cli = (argv: ReadonlyArray<string>, o: { isTTY?: boolean; env?: Record<string, string> } = {}) =>
    runCli(argv, { ...o, env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'false', ...o.env } });
  const stored = () => fx.store.list('argo');

  it('submit --wait: decodes -p, creates once, prints the phase and typed outputs', async () => {
    const r = await cli(['submit', COUNT, '-p', 'n=4', '--wait']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const name = stored()[0]?.metadata.name ?? '';
    expect(r.stdout).toContain(`${name} Succeeded`);
    expect(r.stdout).toContain('output total = 12.5');
    expect(stored()).toHaveLength(1);
    expect((stored()[0]?.spec as { arguments: unknown }).arguments).toEqual({ parameters: [{ name: 'n', value: '4' }] });
  });

  it('submit with a -p value the codec rejects fails before any request', async () => {
    const r = await cli(['submit', COUNT, '-p', 'n=four']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('-p n=four: not a valid int');
    expect(r.stderr).toContain('Nothing was submitted');
    const missing = await cli(['submit', COUNT]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('inputs.parameters.n was not supplied');
    expect(fx.requests).toHaveLength(0);
  });

  it('submit --watch prints one line per change when not a TTY and exits 1 when the run fails', async () => {
    fx.store.options.outcome = () => 'Failed';
    const r = await cli(['submit', DIAMOND, '--watch']);
    expect(r.code).toBe(1);
    const name = stored()[0]?.metadata.name ?? '';
    expect(r.stdout).toContain(`${name} Running`);
    expect(r.stdout).toContain(`${name} D Failed: Error (exit code 1)\n${name} Failed: child failed\n`);
    expect(r.stdout).toMatch(/STEP\s+TEMPLATE\s+PHASE\s+DURATION\s+MESSAGE/);
    expect(r.stdout).toMatch(/└─✖ D\s+echo\s+Failed/);
  });

  it('submit --watch redraws a tree on a TTY, plain lines when CI is set', async () => {
    const tty = await cli(['submit', DIAMOND, '--watch'], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain('\x1b[H\x1b[2J');
    expect(tty.stdout).toMatch(/├─✔ A\s+echo\s+Succeeded/);
    const ci = await cli(['submit', DIAMOND, '--watch'], { isTTY: true, env: { CI: 'true' } });
    expect(ci.stdout).not.toContain('\x1b[');
  });

  it('submit --dry-run -o yaml, --server-dry-run -o name, -o json store nothing / one', async () => {
    const dry = await cli(['submit', DIAMOND, '--dry-run', '-o', 'yaml']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('generateName: dag-diamond-');
    const sdry = await cli(['submit', DIAMOND, '--server-dry-run', '-o', 'name']);
    expect(sdry.stdout).toMatch(/^dag-diamond-[a-z0-9]{5}\n$/);
    expect(stored()).toHaveLength(0);
    const json = await cli(['submit', DIAMOND, '-o', 'json', '-n', 'other']);
    expect(JSON.parse(json.stdout).metadata.namespace).toBe('other');
    expect(fx.store.list('other')).toHaveLength(1);
  });

  it('get, list, watch, logs, delete', async () => {
    await cli(['submit', DIAMOND, '--wait']);
    const name = stored()[0]?.metadata.name ?? '';
    const get = await cli(['get', name]);
    expect(get.stdout).toMatch(new RegExp(`Name:\\s+${name}`));
    expect(get.stdout).toMatch(/Status:\s+Succeeded/);
    expect((await cli(['get', name, '-o', 'name'])).stdout).toBe(`${name}\n`);
    expect((await cli(['list'])).stdout).toMatch(new RegExp(`NAME\\s+STATUS[\\s\\S]*${name}\\s+Succeeded`));
    expect((await cli(['list', '-o', 'name', '-l', 'workflows.argoproj.io/completed=true'])).stdout).toBe(`${name}\n`);
    expect((await cli(['watch', name])).code).toBe(0);
    expect((await cli(['logs', name])).stdout).toBe(`${name}-main: hello from ${name}\n${name}-main: done\n`);
    expect((await cli(['delete', name])).stdout).toBe(`Workflow '${name}' deleted\n`);
    const missing = await cli(['get', name]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('HTTP 404');
  });

  it('stop, terminate, suspend, resume, retry, resubmit', async () => {
    // Runs that stay Running until stopped, however slow the machine.
    fx.store.options.stepMs = 60_000;
    await cli(['submit', DIAMOND]);
    await cli(['submit', DIAMOND]);
    const [a, b] = stored().map((w) => w.metadata.name);
    expect((await cli(['suspend', a ?? ''])).stdout).toBe(`Workflow '${a}' suspended\n`);
    expect((await cli(['resume', a ?? ''])).stdout).toBe(`Workflow '${a}' resumed\n`);
    expect((await cli(['stop', a ?? '', '--message', 'bye'])).stdout).toBe(`Workflow '${a}' stopped\n`);
    expect((await cli(['terminate', b ?? ''])).stdout).toBe(`Workflow '${b}' terminated\n`);
    expect((await cli(['retry', b ?? ''])).stdout).toBe(`Workflow '${b}' retried\n`);
    const re = await cli(['resubmit', a ?? '']);
    expect(re.stdout).toMatch(new RegExp(`Workflow '${a}' resubmitted as '${a}-[a-z0-9]{5}'`));
    expect(stored()).toHaveLength(3);
  });

  it('template and cron: create, lint --server, update, get, delete, suspend, resume', async () => {
    expect((await cli(['template', 'lint', LIBRARY, '--export', 'printMessageLib', '--server'])).stdout).toBe(
      "WorkflowTemplate 'workflow-template-print-message' is valid (checked by the Argo Server)\n",
    );
    const created = await cli(['template', 'create', LIBRARY]);
    expect(created.stderr).toBe('');
    expect(created.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    expect(created.stdout).toContain("WorkflowTemplate 'workflow-template-inner-dag' created\n");
    expect((await cli(['template', 'create', CLUSTER_LIBRARY, '--export', 'submittable'])).stdout).toBe(
      "ClusterWorkflowTemplate 'cluster-workflow-template-submittable' created\n",
    );
    expect((await cli(['template', 'update', LIBRARY, '--export', 'submittable'])).stdout).toBe("WorkflowTemplate 'workflow-template-submittable' updated\n");
    expect((await cli(['template', 'get', 'workflow-template-submittable'])).stdout).toContain('kind: WorkflowTemplate');
    expect((await cli(['template', 'get', 'cluster-workflow-template-submittable', '--cluster'])).stdout).toContain('kind: ClusterWorkflowTemplate');
    expect((await cli(['template', 'delete', 'workflow-template-submittable'])).stdout).toBe("WorkflowTemplate 'workflow-template-submittable' deleted\n");
    expect((await cli(['cron', 'create', CRON])).stdout).toBe("CronWorkflow 'hello-world' created\n");
    expect((await cli(['cron', 'suspend', 'hello-world'])).stdout).toBe("CronWorkflow 'hello-world' suspended\n");
    expect((await cli(['cron', 'resume', 'hello-world'])).stdout).toBe("CronWorkflow 'hello-world' resumed\n");
    expect((await cli(['cron', 'get', 'hello-world', '-o', 'json'])).stdout).toContain('"schedules"');
    expect((await cli(['cron', 'delete', 'hello-world'])).code).toBe(0);
  });

  it('submit --export a WorkflowTemplate runs it by workflowTemplateRef; a CronWorkflow, one run of its workflow', async () => {
    const fromLib = await cli(['submit', LIBRARY, '--export', 'submittable', '-p', 'message=hi', '-o', 'json']);
    expect(fromLib.stderr).toBe('');
    const wf = JSON.parse(fromLib.stdout);
    expect(wf.metadata.generateName).toBe('workflow-template-submittable-');
    expect(wf.metadata.labels['workflows.argoproj.io/workflow-template']).toBe('workflow-template-submittable');
    expect(wf.spec).toMatchObject({ workflowTemplateRef: { name: 'workflow-template-submittable' }, arguments: { parameters: [{ name: 'message', value: 'hi' }] } });
    expect(wf.spec.templates).toBeUndefined();
    const fromCron = JSON.parse((await cli(['submit', CRON, '--export', 'default', '-o', 'json'])).stdout);
    expect(fromCron.metadata.labels['workflows.argoproj.io/cron-workflow']).toBe('hello-world');
    expect(fromCron.spec.entrypoint).toBe('hello-world-with-time');
    expect(stored()).toHaveLength(2);
  });

  it('lint --server: Argo text for a broken manifest, no problems for a module', async () => {
    const ok = await cli(['lint', DIAMOND, '--server']);
    expect(ok.stdout).toBe(`${DIAMOND}#default: no problems (checked by the Argo Server)\n`);
    const bad = await cli(['lint', 'test/fixtures/submit/broken-workflow.yaml', '--server']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("spec.entrypoint template 'nowhere' undefined");
    const offline = await cli(['lint', 'test/fixtures/submit/broken-workflow.yaml']);
    expect(offline.code).toBe(1);
    expect(offline.stdout).toContain('nowhere');
    expect(fx.requests.filter((r) => r.operation === 'WorkflowService_LintWorkflow')).toHaveLength(2);
  });

  it('usage errors exit 2; --verbose shows requests but never the token', async () => {
    expect((await cli(['submit'])).code).toBe(2);
    expect((await cli(['submit', DIAMOND, '--watch', '--wait'])).code).toBe(2);
    expect((await cli(['list', '--mode', 'ftp'])).code).toBe(2);
    const v = await cli(['list', '--verbose'], { env: { ARGO_TOKEN: 'Bearer very-secret-token' } });
    expect(v.stderr).toContain('> GET /api/v1/workflows/argo (Authorization: [REDACTED])');
    expect(v.stderr + v.stdout).not.toContain('very-secret-token');
  });
});
