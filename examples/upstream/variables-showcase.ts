// Nearly every Argo variable, each through its typed ref: `wf` (workflow), `node` (the running node),
// `metric`, `retries`/`lastRetry`, a call's `.id`/`.startedAt`/..., own outputs' `.path`, loop items.
import {
  artifact,
  container,
  dag,
  globals,
  lastRetry,
  metric,
  node,
  param,
  raw,
  retries,
  script,
  steps,
  wf,
  workflow,
} from 'tiphys';

const g = globals({ greeting: param.string({ default: 'hello' }), target: param.string({ default: 'world' }) });

// Globals are published with globalName, so the exit handler reads workflow.outputs.*.
const prepare = script({
  name: 'prepare',
  metrics: (_, o) => ({
    prometheus: [
      {
        name: 'prepare_seconds',
        help: 'Elapsed seconds for the prepare node.',
        labels: [
          { key: 'phase', value: metric.status },
          { key: 'code', value: metric.exitCode },
          { key: 'param', value: o['greeting-out'] },
          { key: 'result', value: metric.result },
          { key: 'cpu', value: metric.resourcesDuration('cpu') },
          { key: 'mem', value: metric.resourcesDuration('memory') },
        ],
        gauge: { realtime: false, value: metric.duration },
      },
    ],
  }),
  outputs: {
    'greeting-out': param.string({ path: '/tmp/out.txt', globalName: 'prepared-param' }),
    prepared: artifact({ path: '/tmp/payload.txt', globalName: 'prepared' }),
  },
  result: param.string(),
  image: 'alpine:3.23',
  command: ['sh'],
  source: (_, o) => `set -eu
# ---- node-ctx ----
echo "node.name           = ${node.name}"
echo "pod.name            = ${node.podName}"
echo "steps.name          = ${node.stepName}"
# ---- identity ----
echo "workflow.name       = ${wf.name}"
echo "workflow.namespace  = ${wf.namespace}"
echo "workflow.uid        = ${wf.uid}"
echo "workflow.entrypoint = ${wf.mainEntrypoint}"
echo "workflow.sa         = ${wf.serviceAccountName}"
echo "workflow.priority   = ${wf.priority}"
# ---- timestamps ----
echo "ts.raw              = ${wf.creationTimestamp}"
echo "ts.RFC3339          = ${wf.creationTimestampAs('RFC3339')}"
echo "ts.epoch-seconds    = ${wf.creationTimestampAs('s')}"
echo "ts.year (strftime)  = ${wf.creationTimestampAs('Y')}"
echo "ts.scheduled        = ${wf.scheduledTime}"
# ---- metadata maps ----
echo "annotations.deprec  = {{workflow.annotations}}"
echo "annotations.json    = ${wf.annotations('json')}"
echo "annotations.owner   = ${wf.annotations('example.io/owner')}"
echo "labels.deprecated   = {{workflow.labels}}"
echo "labels.json         = ${wf.labels('json')}"
echo "labels.app          = ${wf.labels('app')}"
# ---- parameters ----
echo "params.deprecated   = {{workflow.parameters}}"
echo "params.json         = ${wf.parametersJson}"
echo "params.greeting     = ${g.greeting}"
echo "params.target       = ${g.target}"
# ---- runtime ----
echo "workflow.duration   = ${wf.duration}"
echo "workflow.status     = ${wf.status}"
# ---- output declared paths (pod-side) ----
echo "out.param.path      = ${o['greeting-out'].path}"
echo "out.artifact.path   = ${o.prepared.path}"
# The final stdout line is captured as outputs.result for this
# script node (exposed downstream as steps.prepare.outputs.result).
printf 'greeting=%s target=%s' '${g.greeting}' '${g.target}' > /tmp/out.txt
cp /tmp/out.txt /tmp/payload.txt
echo "PREPARED"
`,
});

const perItem = script({
  name: 'per-item',
  inputs: { msg: param.string(), ctx: param.string(), 'in-art': artifact({ path: '/work/in.txt' }) },
  retryStrategy: { limit: '2', retryPolicy: 'OnError' },
  outputs: { echoed: param.string({ path: '/work/echoed.txt' }) },
  result: param.string(),
  image: 'alpine:3.23',
  command: ['sh'],
  source: (i, o) => `# Loop aggregation parses each child's stdout as JSON, so
# diagnostics go to stderr and the final line on stdout is a
# JSON value.
{
  set -eu
  # \`item\` and \`item.<key>\` are referenced at the call site
  # (main → fanout arguments) — the static validator does not
  # propagate item scope into inner template bodies.
  # ---- inputs ----
  echo "inputs.parameters   = ${node.inputs}"
  echo "inputs.params.msg   = ${i.msg}"
  echo "inputs.params.ctx   = ${i.ctx}"
  echo "inputs.art.path     = ${i['in-art'].path}"
  cat /work/in.txt
  # ---- retry ----
  echo "retries             = ${retries}"
  echo "lastRetry.status    = ${lastRetry.status}"
  echo "lastRetry.exitCode  = ${lastRetry.exitCode}"
  echo "lastRetry.duration  = ${lastRetry.duration}"
  echo "lastRetry.message   = ${lastRetry.message}"
  # ---- node-ctx (also valid here) ----
  echo "node.name           = ${node.name}"
  echo "pod.name            = ${node.podName}"
  # ---- output param path ----
  echo "out.param.path      = ${o.echoed.path}"
} >&2
printf '%s' '${i.msg}' > /work/echoed.txt
# outputs.result must be a JSON value for loop aggregation:
printf '{"msg":"%s"}\\n' '${i.msg}'
`,
});

// Receives the after-loop and node-ref values captured in the steps body.
const consume = container({
  name: 'consume',
  inputs: {
    'fanout-result': param.string(),
    'fanout-all-params': param.string(),
    'fanout-named-params': param.string(),
    'prep-id': param.string(),
    'prep-status': param.string(),
    'prep-host': param.string(),
    'svc-ip': param.string(),
    'prep-started': param.string(),
    'prep-finished': param.string(),
    'prep-exit': param.string(),
    'prep-result': param.string(),
    'prep-param': param.string(),
    'step-name': param.string(),
    'seed-art': artifact({ path: '/tmp/seed.txt' }),
  },
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: (i) => [
    `echo "fanout.result        = ${i['fanout-result']}"
echo "fanout.all-params    = ${i['fanout-all-params']}"
echo "fanout.echoed-param  = ${i['fanout-named-params']}"
echo "prepare.id           = ${i['prep-id']}"
echo "prepare.status       = ${i['prep-status']}"
echo "prepare.host         = ${i['prep-host']}"
echo "svc.ip               = ${i['svc-ip']}"
echo "prepare.startedAt    = ${i['prep-started']}"
echo "prepare.finishedAt   = ${i['prep-finished']}"
echo "prepare.exitCode     = ${i['prep-exit']}"
echo "prepare.result       = ${i['prep-result']}"
echo "prepare.param        = ${i['prep-param']}"
echo "current step.name    = ${i['step-name']}"
echo "seed-art.path        = ${i['seed-art'].path}"
cat /tmp/seed.txt
`,
  ],
});

// A script with a result, a named output parameter and a named output artifact; optional inputs so
// the same template serves a, b and c-loop.
const dagLeaf = script({
  name: 'dag-leaf',
  inputs: {
    tag: param.string(),
    'a-id': param.string({ value: '' }),
    'a-status': param.string({ value: '' }),
    'a-host': param.string({ value: '' }),
    'svc-ip': param.string({ value: '' }),
    'a-started': param.string({ value: '' }),
    'a-finished': param.string({ value: '' }),
    'a-exit': param.string({ value: '' }),
    'a-result': param.string({ value: '' }),
    'a-param': param.string({ value: '' }),
    'in-art': artifact({ path: '/work/in', optional: true }),
  },
  outputs: { echoed: param.string({ path: '/work/out.txt' }), bundle: artifact({ path: '/work/bundle.txt' }) },
  result: param.string(),
  image: 'alpine:3.23',
  command: ['sh'],
  source: (i) => `# Same JSON-on-stdout convention as per-item: c-loop calls this
# template via withParam, so its result is loop-aggregated.
{
  set -eu
  mkdir -p /work
  # tasks.name is substituted by the controller's local-params pass
  # to the calling task's name (e.g. "a", "b", "c-loop[0]").
  echo "tag=${i.tag} tasks.name=${node.taskName}"
  echo "a-id=${i['a-id']} status=${i['a-status']}"
  echo "a-host=${i['a-host']} svc-ip=${i['svc-ip']}"
  echo "a-started=${i['a-started']} finished=${i['a-finished']}"
  echo "a-exit=${i['a-exit']} result=${i['a-result']}"
  echo "a-param=${i['a-param']}"
} >&2
printf 'tag=%s' '${i.tag}' > /work/out.txt
cp /work/out.txt /work/bundle.txt
printf '{"tag":"%s"}\\n' '${i.tag}'
`,
});

const dagGather = container({
  name: 'dag-gather',
  inputs: { 'loop-result': param.string(), 'loop-all-params': param.string(), 'loop-named-params': param.string() },
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: (i) => [
    `echo "c-loop.result       = ${i['loop-result']}"
echo "c-loop.all-params   = ${i['loop-all-params']}"
echo "c-loop.named-params = ${i['loop-named-params']}"
`,
  ],
});

// A daemon, so that steps.<name>.ip / tasks.<name>.ip pass the validator's daemon-only check.
const svcDaemon = container({
  name: 'svc-daemon',
  daemon: true,
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: ['nc -lk -p 9999 -e /bin/true'],
  readinessProbe: { tcpSocket: { port: 9999 }, initialDelaySeconds: 1, timeoutSeconds: 1 },
});

const dagStage = dag('dag', (d) => {
  const svc = d.task('svc', svcDaemon, {});
  const a = d.task('a', dagLeaf, { tag: 'a' });
  const b = d.task('b', dagLeaf, {
    tag: 'b',
    'a-id': a.id,
    'a-status': a.status,
    'a-host': a.hostNodeName,
    'svc-ip': svc.ip,
    'a-started': a.startedAt,
    'a-finished': a.finishedAt,
    'a-exit': `${a.exitCode}`,
    'a-result': a.out.result,
    'a-param': a.out.echoed,
    'in-art': a.out.bundle,
  });
  const cLoop = d.task('c-loop', dagLeaf, (item) => ({ tag: item }), { after: [b], withParam: ['x', 'y', 'z'] });
  d.task('gather', dagGather, {
    'loop-result': `${cLoop.out.result}`,
    'loop-all-params': `${cLoop.out.$all}`,
    'loop-named-params': `${cLoop.out.echoed}`,
  });
});

// `seed` is bound from spec.arguments.artifacts and forwarded whole (`{{inputs.artifacts.seed}}`).
const main = steps('main', { inputs: { seed: artifact() } }, (s, i) => {
  const { prepare: prepared, svc } = s.parallel((p) => ({
    prepare: p.step('prepare', prepare, {}),
    svc: p.step('svc', svcDaemon, {}),
  }));
  const fanout = s.step('fanout', perItem, (item) => ({ msg: `${item.k}=${item.v}`, ctx: `${item}`, 'in-art': prepared.out.prepared }), {
    withItems: [
      { k: 'alpha', v: '1' },
      { k: 'beta', v: '2' },
    ],
  });
  s.step('consume', consume, {
    'fanout-result': `${fanout.out.result}`,
    'fanout-all-params': `${fanout.out.$all}`,
    'fanout-named-params': `${fanout.out.echoed}`,
    'prep-id': prepared.id,
    'prep-status': prepared.status,
    'prep-host': prepared.hostNodeName,
    'svc-ip': svc.ip,
    'prep-started': prepared.startedAt,
    'prep-finished': prepared.finishedAt,
    'prep-exit': `${prepared.exitCode}`,
    'prep-result': prepared.out.result,
    'prep-param': prepared.out['greeting-out'],
    'step-name': `${node.stepName}`,
    'seed-art': i.seed,
  });
  s.step('dag-stage', dagStage, {});
});

const exitReport = container({
  name: 'exit-report',
  inputs: {
    'final-status': param.string(),
    'final-duration': param.string(),
    failures: param.string(),
    'global-param': param.string(),
    'global-art': artifact({ path: '/tmp/global.txt' }),
  },
  image: 'alpine:3.23',
  command: ['sh', '-c'],
  args: (i) => [
    `echo "workflow.status                  = ${i['final-status']}"
echo "workflow.duration                = ${i['final-duration']}"
echo "workflow.failures                = ${i.failures}"
echo "workflow.outputs.params.prepared = ${i['global-param']}"
cat /tmp/global.txt
`,
  ],
});

// workflow.failures and the final workflow.{status,duration} only mean something in the exit handler.
const exitHandler = steps('exit-handler', (s) => {
  s.step('report', exitReport, {
    'final-status': wf.status,
    'final-duration': `${wf.duration}`,
    failures: `${wf.failures}`,
    'global-param': wf.output('prepared-param'),
    'global-art': wf.outputArtifact('prepared'),
  });
});

export default workflow({
  generateName: 'variables-showcase-',
  annotations: {
    'workflows.argoproj.io/scheduled-time': '2026-04-29T00:00:00Z',
    'workflows.argoproj.io/description': 'Showcase of every non-cronworkflow variable',
    'example.io/owner': 'platform-team',
  },
  labels: { app: 'variables-demo', tier: 'example' },
  entrypoint: main,
  serviceAccountName: 'default',
  priority: 5,
  onExit: exitHandler,
  arguments: { ...g, seed: raw('seed-content') },
});
