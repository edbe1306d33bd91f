import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clusterWorkflowTemplate, compileWorkflow, container, cron, cronWorkflow, dag, eq, expression, globals, hook, param, renderDocument, steps, toDocument, toManifest, wf, workflow, workflowTemplate, type Ref, type Template } from '../src/index.js';
import { echo } from './support/templates.js';
import { schemaErrors } from './support/argo-schema.js';
import { conformance } from './support/conformance.js';

const g = globals({ date: param.string() });
const printDate = container({ name: 'print-date', image: 'busybox', command: ['echo'], args: [`${g.date}`] });

describe('globals', () => {
  it('renders a declared global into spec.arguments and its ref as workflow.parameters', () => {
    const r = renderDocument(workflow({ generateName: 'g-', entrypoint: printDate, arguments: g }));
    expect(E.isRight(r) && r.right.spec).toMatchObject({
      arguments: { parameters: [{ name: 'date' }] },
      templates: [{ container: { args: ['{{workflow.parameters.date}}'] } }],
    });
  });

  it('reports a global ref used by a workflow that does not declare it', () => {
    const r = renderDocument(workflow({ generateName: 'g-', entrypoint: printDate }));
    expect(E.isLeft(r) && r.left).toEqual([
      {
        template: 'print-date',
        message:
          "uses global parameter 'date' ({{workflow.parameters.date}}), which the workflow does not declare; add it to the arguments (`arguments: globals({ date: param.string() })`)",
      },
    ]);
  });
});

describe('workflow built-ins and global outputs', () => {
  const pub = container({ name: 'pub', image: 'b', command: ['x'], outputs: { v: param.string({ path: '/v', globalName: 'gout' }) } });
  const read = container({ name: 'read', image: 'b', inputs: { m: param.string() }, command: ['echo'], args: (i) => [i.m] });
  const reading = (name: string) =>
    compileWorkflow(workflow({ generateName: 'b-', entrypoint: steps('main', (s) => void (s.step('p', pub, {}), s.step('r', read, { m: wf.output(name) }))) }));

  it('renders each built-in as the workflow variable Argo substitutes', () => {
    const stamp = container({
      name: 'stamp',
      image: 'b',
      command: ['echo', wf.name, wf.namespace, wf.uid, wf.creationTimestamp, wf.status, wf.labels('app'), wf.annotations('note')],
    });
    const r = compileWorkflow(workflow({ generateName: 'b-', entrypoint: stamp, labels: { app: 'a' }, annotations: { note: 'n' } }));
    expect(E.isRight(r) && r.right.spec.templates[0]?.container?.command).toEqual([
      'echo',
      '{{workflow.name}}',
      '{{workflow.namespace}}',
      '{{workflow.uid}}',
      '{{workflow.creationTimestamp}}',
      '{{workflow.status}}',
      '{{workflow.labels.app}}',
      '{{workflow.annotations.note}}',
    ]);
  });

  it('reads a global output published with globalName, and reports one that no template publishes', () => {
    const ok = reading('gout');
    expect(E.isRight(ok) && ok.right.spec.templates[0]?.steps?.[1]?.[0]?.arguments?.parameters).toEqual([
      { name: 'm', value: '{{workflow.outputs.parameters.gout}}' },
    ]);
    const bad = reading('nope');
    expect(E.isLeft(bad) && bad.left.map((p) => [p.task, p.message])).toEqual([
      ['r', 'failed to resolve {{workflow.outputs.parameters.nope}}: no template exports it; set globalName on the output that should provide it'],
    ]);
  });
});

describe('every workflow-level field', () => {
  const exit = container({ name: 'exit', image: 'b', command: ['x'] });
  // The workflow-level fields issue 13 lists, each as the model types it (hooks and onExit as template values).
  const fields = {
    volumes: [{ name: 'v', emptyDir: {} }],
    volumeClaimTemplates: [{ metadata: { name: 'w' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    podGC: { strategy: 'OnPodSuccess' },
    ttlStrategy: { secondsAfterCompletion: 10 },
    templateDefaults: { timeout: '1m' },
    podMetadata: { labels: { a: 'b' } },
    podResources: { requests: { cpu: '1' } },
    archiveLogs: true,
    artifactRepositoryRef: { configMap: 'repo', key: 'k' },
    artifactGC: { strategy: 'OnWorkflowDeletion' },
    parallelism: 2,
    serviceAccountName: 'runner',
    priority: 3,
    podDisruptionBudget: { minAvailable: 1 },
    securityContext: { runAsNonRoot: true },
    dnsConfig: { nameservers: ['1.1.1.1'] },
    hostNetwork: false,
    imagePullSecrets: [{ name: 'reg' }],
    metrics: { prometheus: [{ name: 'm', help: 'h', gauge: { value: '1', realtime: false } }] },
    synchronization: { mutexes: [{ name: 'x' }] },
    shutdown: 'Stop',
    activeDeadlineSeconds: 100,
    nodeSelector: { pool: 'p' },
    tolerations: [{ key: 'k', operator: 'Exists' }],
    affinity: { nodeAffinity: {} },
    retryStrategy: { limit: '2' },
    executor: { serviceAccountName: 'exec' },
    workflowMetadata: { labels: { x: 'y' } },
  } as const;

  it('renders each into the spec as given, schema-valid, in a workflow, a WorkflowTemplate and a CronWorkflow', () => {
    const w = workflow({ generateName: 'f-', entrypoint: echo, arguments: { message: 'm' }, onExit: exit, hooks: { exit }, ...fields });
    expect(conformance(w)).toEqual([]);
    expect(toManifest(w).spec).toMatchObject({ ...fields, onExit: 'exit', hooks: { exit: { template: 'exit' } } });
    const lib = workflowTemplate({ name: 'lib', templates: { echo }, onExit: exit, ...fields });
    const nightly = cronWorkflow({ name: 'c', schedules: ['0 * * * *'], workflow: workflow({ entrypoint: echo, arguments: { message: 'm' }, ...fields }) });
    for (const doc of [toDocument(lib), toDocument(nightly)]) {
      expect(schemaErrors(doc)).toEqual([]);
      expect(doc.kind === 'CronWorkflow' ? doc.spec.workflowSpec : doc.spec).toMatchObject(fields);
    }
  });
});

describe('workflow-level fields with global refs', () => {
  const site = globals({ sa: param.string({ default: 'runner' }), claim: param.string({ default: 'work' }) });
  const fields = {
    serviceAccountName: site.sa,
    nodeSelector: { team: wf.labels('team') },
    volumes: [{ name: 'work', persistentVolumeClaim: { claimName: site.claim } }],
  };

  it('renders them as Argo substitutes them, in a workflow and in a WorkflowTemplate', () => {
    const rendered = {
      serviceAccountName: '{{workflow.parameters.sa}}',
      nodeSelector: { team: '{{workflow.labels.team}}' },
      volumes: [{ name: 'work', persistentVolumeClaim: { claimName: '{{workflow.parameters.claim}}' } }],
    };
    const r = renderDocument(workflow({ generateName: 'f-', entrypoint: echo, arguments: site, ...fields }));
    expect(E.isRight(r) && r.right.spec).toMatchObject(rendered);
    const lib = renderDocument(workflowTemplate({ name: 'lib', templates: { echo }, arguments: site, ...fields }));
    expect(E.isRight(lib) && lib.right.spec).toMatchObject(rendered);
  });

  it('reports a global they read that the workflow does not declare, and a ref no field can read', () => {
    const local = dag('d', (d) => void d.task('a', echo, { message: 'x' }));
    const forged = { name: 'work', persistentVolumeClaim: { claimName: '{{inputs.parameters.claim}}' } };
    const r = renderDocument(workflow({ generateName: 'f-', entrypoint: local, ...fields, volumes: [forged] }));
    expect(E.isLeft(r) && r.left).toEqual([
      {
        path: 'spec.volumes',
        message: "'volumes' reads inputs.parameters.claim, which no workflow-level field can: Argo substitutes these fields with global variables only; pass the value as a global (`globals({...})`)",
      },
      {
        path: 'spec.serviceAccountName',
        message: "uses global parameter 'sa' ({{workflow.parameters.sa}}), which the workflow does not declare; add it to the arguments (`arguments: globals({ sa: param.string() })`)",
      },
    ]);
  });
});

describe('templateRef calls', () => {
  const lib = workflowTemplate({ name: 'ci-lib', templates: { echo } });

  it('renders templateRef and does not copy the library template into the workflow', () => {
    const main = dag('main', (d) => void d.task('a', lib.templates.echo, { message: 'hi' }));
    const r = renderDocument(workflow({ generateName: 'w-', entrypoint: main }));
    expect(E.isRight(r) && r.right.kind === 'Workflow' && r.right.spec.templates).toEqual([
      { name: 'main', dag: { tasks: [{ name: 'a', templateRef: { name: 'ci-lib', template: 'echo' }, arguments: { parameters: [{ name: 'message', value: 'hi' }] } }] } },
    ]);
  });

  it('checks the arguments of a templateRef call as those of a local call', () => {
    const loose = lib.templates.echo as unknown as Template<{ readonly mesage: string }, {}>;
    const main = dag('main', (d) => void d.task('a', loose, { mesage: 'hi' }));
    const r = renderDocument(workflow({ generateName: 'w-', entrypoint: main }));
    expect(E.isLeft(r) && r.left.map((p) => p.message)).toEqual([
      "missing required input 'message' of template 'echo'; pass it or give the input a default",
      "template 'echo' has no input 'mesage'; it takes: message",
    ]);
  });
});

describe('a WorkflowTemplate run whole', () => {
  it('renders its exit handler as spec.onExit, with the handler among its templates', () => {
    const cleanup = container({ name: 'cleanup', image: 'busybox', command: ['true'] });
    const r = renderDocument(workflowTemplate({ name: 'lib', entrypoint: printDate, onExit: cleanup, arguments: g, templates: { printDate } }));
    expect(E.isRight(r) && r.right.spec).toMatchObject({ entrypoint: 'print-date', onExit: 'cleanup' });
    const spec = E.isRight(r) ? (r.right.spec as { readonly templates?: ReadonlyArray<{ readonly name: string }> }) : {};
    expect(spec.templates?.map((t) => t.name)).toContain('cleanup');
  });

  it("renders its hooks as Argo's spec.hooks, typed like a workflow's, with their templates among its templates", () => {
    const notify = container({ name: 'notify', image: 'busybox', command: ['echo'], inputs: { msg: param.string() }, args: ['x'] });
    const cleanup = container({ name: 'cleanup', image: 'busybox', command: ['true'] });
    const hooks = { exit: cleanup, running: hook({ template: notify, arguments: { msg: `${wf.name} up` }, expression: eq(wf.status, 'Running') }) };
    for (const lib of [workflowTemplate({ name: 'lib', entrypoint: printDate, arguments: g, templates: {}, hooks }), clusterWorkflowTemplate({ name: 'lib', entrypoint: printDate, arguments: g, templates: {}, hooks })]) {
      const doc = toDocument(lib);
      expect(schemaErrors(doc)).toEqual([]);
      expect(doc.spec.hooks).toEqual({
        exit: { template: 'cleanup' },
        running: { template: 'notify', arguments: { parameters: [{ name: 'msg', value: '{{workflow.name}} up' }] }, expression: "workflow.status == 'Running'" },
      });
      expect(doc.spec.templates?.map((t) => t.name)).toEqual(['print-date', 'cleanup', 'notify']);
    }
  });

  it('reports a hook (built from JavaScript) that leaves out a required input of its template', () => {
    const notify = container({ name: 'notify', image: 'busybox', command: ['echo'], inputs: { msg: param.string() }, args: ['x'] });
    const r = renderDocument(workflowTemplate({ name: 'lib', templates: { printDate }, arguments: g, hooks: { exit: notify as unknown as Template<{}, unknown> } }));
    expect(E.isLeft(r) && r.left.map((p) => `${p.path ?? ''}: ${p.message}`)).toEqual(["spec.hooks.exit.arguments.parameters.msg: missing required input 'msg' of template 'notify'; pass it or give the input a default"]);
  });
});

describe('a workflow run from a WorkflowTemplate (workflowTemplateRef)', () => {
  const lib = workflowTemplate({
    name: 'ci-lib',
    entrypoint: echo,
    templates: { echo },
    arguments: { registry: param.string({ default: 'ghcr.io' }), token: param.string() },
  });
  const run = (args: Readonly<Record<string, string>>) =>
    renderDocument(workflow({ generateName: 'run-', workflowTemplateRef: lib, arguments: args as Record<string, never> }));

  it('renders the reference and the arguments given', () => {
    const r = run({ token: 't', message: 'hi' });
    expect(E.isRight(r) && r.right.spec).toEqual({
      arguments: { parameters: [{ name: 'token', value: 't' }, { name: 'message', value: 'hi' }] },
      workflowTemplateRef: { name: 'ci-lib' },
    });
  });

  it('names an unknown argument, a global without a value and a missing entrypoint input, each in a sentence', () => {
    const r = run({ registri: 'quay.io' });
    expect(E.isLeft(r) && r.left).toEqual([
      {
        path: 'spec.arguments.parameters.registri',
        message: "argument 'registri' is neither a global of WorkflowTemplate 'ci-lib' nor an input of its entrypoint 'echo'; it takes: registry, token, message",
      },
      { path: 'spec.arguments.parameters.token', message: "WorkflowTemplate 'ci-lib' needs global 'token', which has no value of its own; give it in `arguments`" },
      { path: 'spec.arguments.parameters.message', message: "entrypoint 'echo' of WorkflowTemplate 'ci-lib' needs input 'message'; give it in `arguments`" },
    ]);
  });
});

describe("a CronWorkflow's when and stopStrategy", () => {
  const nightly = (when: string | Ref<boolean>, stop: string | Ref<boolean>) =>
    renderDocument(cronWorkflow({ name: 'nightly', schedules: ['0 2 * * *'], when, stopStrategy: { expression: stop }, workflow: workflow({ entrypoint: echo, arguments: { message: 'hi' } }) }));

  it('render an expression over cron refs as Argo reads each: when substituted, the stop expression as its text', () => {
    const r = nightly(expression<boolean>`${cron.failed} < 3 && ${cron.labels('team')} == ${'ci'}`, expression<boolean>`${cron.failed} >= 5`);
    expect(E.isRight(r) && r.right.spec).toMatchObject({
      when: "{{=cronworkflow.failed < 3 && cronworkflow.labels.team == 'ci'}}",
      stopStrategy: { expression: 'cronworkflow.failed >= 5' },
    });
  });

  it("report a variable of a workflow or template, which the cron controller never resolves", () => {
    const r = nightly(expression<boolean>`${wf.name} == ${'x'}`, 'cronworkflow.failed >= 5 || tasks.a.status == "Failed"');
    expect(E.isLeft(r) && r.left).toEqual([
      { path: 'spec.when', message: "reads workflow.name, but Argo evaluates it with the CronWorkflow's variables only (cron.name, cron.failed, cron.succeeded, cron.lastScheduledTime, cron.labels(k), ...)" },
      { path: 'spec.stopStrategy.expression', message: "reads tasks.a.status, but Argo evaluates it with the CronWorkflow's variables only (cron.name, cron.failed, cron.succeeded, cron.lastScheduledTime, cron.labels(k), ...)" },
    ]);
  });
});
