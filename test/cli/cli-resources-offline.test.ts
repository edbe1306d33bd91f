// `tiphys template` and `tiphys cron` take WorkflowTemplate and CronWorkflow values (or manifests) and check
// them offline: lint and every --dry-run never reach the (unreachable) server configured here.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';

const LIBRARY = 'examples/upstream/workflow-template/templates.ts';
const CRON = 'examples/upstream/cron-workflow.ts';
const BAD_CRON = 'test/fixtures/resources/bad-cron.ts';
// Nothing listens on port 1: a command that sent a request would fail.
const cli = (...argv: ReadonlyArray<string>) => runCli(argv, { env: { ARGO_SERVER: '127.0.0.1:1', ARGO_SECURE: 'false' } });
const { file } = tempFiles('tiphys-resources-');

describe('template and cron, offline', () => {
  it('template lint checks every WorkflowTemplate a module exports, with no server', async () => {
    const r = await cli('template', 'lint', LIBRARY);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      "WorkflowTemplate 'workflow-template-print-message' is valid",
      "WorkflowTemplate 'workflow-template-random-fail-template' is valid",
      "WorkflowTemplate 'workflow-template-inner-steps' is valid",
      "WorkflowTemplate 'workflow-template-inner-dag' is valid",
      "WorkflowTemplate 'workflow-template-submittable' is valid",
    ]);
  }, 60_000);

  it('template create --dry-run prints each WorkflowTemplate as it would be created, in the namespace given', async () => {
    const r = await cli('template', 'create', 'examples/upstream/cluster-workflow-template/clustertemplates.ts', '--export', 'submittable', '--dry-run', '-o', 'json', '-n', 'ci');
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout);
    expect(obj).toMatchObject({ kind: 'ClusterWorkflowTemplate', metadata: { name: 'cluster-workflow-template-submittable', namespace: 'ci' } });
    expect(obj.spec).toMatchObject({ entrypoint: 'print-message', arguments: { parameters: [{ name: 'message', value: 'hello world' }] } });
  }, 60_000);

  it('cron create --dry-run prints the CronWorkflow value; cron lint reports a bad schedule and names the export', async () => {
    const dry = await cli('cron', 'create', CRON, '--dry-run', '-o', 'yaml');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('kind: CronWorkflow');
    expect(dry.stdout).toContain('timezone: America/Los_Angeles');
    expect(dry.stdout).toContain('workflowSpec:');
    const bad = await cli('cron', 'lint', BAD_CRON);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${BAD_CRON}#default`);
    expect(bad.stderr).toContain('step of range should be a positive number');
  }, 60_000);

  it('every other --dry-run sends nothing either: update prints the value, delete, suspend and resume say what they would do', async () => {
    const update = await cli('template', 'update', LIBRARY, '--export', 'submittable', '--dry-run', '-o', 'json');
    expect(update.stderr).toBe('');
    expect(JSON.parse(update.stdout)).toMatchObject({ kind: 'WorkflowTemplate', metadata: { name: 'workflow-template-submittable' } });
    const del = await cli('template', 'delete', 'a', 'b', '--cluster', '--dry-run');
    expect(del).toMatchObject({ code: 0, stdout: "ClusterWorkflowTemplate 'a' deleted (dry run)\nClusterWorkflowTemplate 'b' deleted (dry run)\n", stderr: '' });
    const cronUpdate = await cli('cron', 'update', CRON, '--dry-run', '-o', 'yaml');
    expect(cronUpdate.stdout).toContain('kind: CronWorkflow');
    for (const [verb, done] of [['delete', 'deleted'], ['suspend', 'suspended'], ['resume', 'resumed']] as const) {
      const r = await cli('cron', verb, 'nightly', '--dry-run');
      expect(r).toMatchObject({ code: 0, stdout: `CronWorkflow 'nightly' ${done} (dry run)\n`, stderr: '' });
    }
    const get = await cli('template', 'get', 'a', '--dry-run');
    expect(get).toMatchObject({ code: 2, stderr: expect.stringContaining('get has no --dry-run') });
  }, 120_000);

  it('reads YAML manifests too: a WorkflowTemplate file lints clean, a Workflow in it is named as the wrong kind', async () => {
    const ok = await cli('template', 'lint', 'vendor/argo/examples/workflow-template/templates.yaml');
    expect(ok.stdout.split('\n').filter(Boolean)).toHaveLength(5);
    const wrong = await cli('template', 'lint', 'vendor/argo/examples/hello-world.yaml');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('vendor/argo/examples/hello-world.yaml[0]: is a Workflow; this command takes WorkflowTemplate, ClusterWorkflowTemplate');
    const cron = await cli('cron', 'lint', file('schedule.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata: {name: c}\nspec:\n  schedules: ["*/0 * * * *"]\n  workflowSpec:\n    entrypoint: main\n    templates: [{name: main, container: {image: alpine}}]\n'));
    expect(cron.code).toBe(1);
    expect(cron.stderr).toContain('step of range should be a positive number');
  }, 60_000);

  it('a module without the kind, or an export of another kind, is a sentence naming the file', async () => {
    const none = await cli('template', 'lint', 'examples/dag-diamond.ts');
    expect(none).toMatchObject({ code: 1, stderr: expect.stringContaining("examples/dag-diamond.ts: exports no WorkflowTemplate; add `export const lib = workflowTemplate(") });
    const other = await cli('cron', 'lint', BAD_CRON, '--export', 'lib');
    expect(other.stderr).toContain("export 'lib' is a WorkflowTemplate; this command takes CronWorkflow");
    const missing = await cli('template', 'create', BAD_CRON, '--export', 'nope', '--dry-run');
    expect(missing.stderr).toContain("no exported WorkflowTemplate named 'nope'; exported WorkflowTemplates: lib");
  }, 60_000);

  it('submit of a module that exports no Workflow names the exports --export takes', async () => {
    const r = await cli('submit', CRON, '--dry-run');
    expect(r).toMatchObject({ code: 1, stderr: `${CRON}: 1 problem:\n  - ${CRON}: exports no workflow; name one with --export: default (CronWorkflow)\n` });
    const lib = await cli('submit', 'examples/upstream/cluster-workflow-template/clustertemplates.ts', '--dry-run');
    expect(lib.stderr).toContain('exports no workflow; name one with --export: printMessageLib (ClusterWorkflowTemplate), ');
  }, 60_000);

  it('submit --dry-run of a WorkflowTemplate value: a workflow that runs it, with -p decoded by its globals', async () => {
    const r = await cli('submit', LIBRARY, '--export', 'submittable', '-p', 'message=hey', '--dry-run', '-o', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).spec).toEqual({
      arguments: { parameters: [{ name: 'message', value: 'hey' }] },
      workflowTemplateRef: { name: 'workflow-template-submittable' },
    });
  }, 60_000);
});
