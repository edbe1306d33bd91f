import { describe, it } from 'vitest';
import { expectProblems } from './bad-case.js';
import type { Expected } from './bad-case.js';

/** A Workflow whose entrypoint is the first of `templates` (YAML list items at column 0). */
const wf = (templates: string): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: wf-
spec:
  entrypoint: main
  templates:
${templates
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}`;

const T = 'spec.templates[0]';

const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<Expected>]> = [
  [
    '§4.15 no template type',
    wf('- name: main\n  inputs: {}'),
    [['template-type', T, "template 'main' has no template type; add exactly one of: container, containerSet"]],
  ],
  [
    '§4.15 two template types',
    wf('- name: main\n  container: {image: busybox}\n  script: {image: busybox, source: echo}'),
    [['template-type', T, "template 'main' has multiple template types (container, script)"]],
  ],
  [
    '§4.17 unknown retry policy',
    wf('- name: main\n  retryStrategy: {limit: "2", retryPolicy: Sometimes}\n  container: {image: busybox}'),
    [
      [
        'retry-policy',
        `${T}.retryStrategy.retryPolicy`,
        'Sometimes is not a valid RetryPolicy; use one of Always, OnFailure, OnError, OnTransientError',
      ],
    ],
  ],
  [
    '§4.18 timeout on a steps template',
    wf(
      '- name: main\n  timeout: 10s\n  steps:\n  - - name: a\n      template: leaf\n- name: leaf\n  container: {image: busybox}',
    ),
    [['timeout', `${T}.timeout`, "steps template doesn't support timeout field"]],
  ],
  [
    '§4.18 timeout without a unit',
    wf('- name: main\n  timeout: "30"\n  container: {image: busybox}'),
    [['timeout', `${T}.timeout`, "main has invalid duration format in timeout: '30' has no unit"]],
  ],
  [
    '§4.19 activeDeadlineSeconds on a dag',
    wf(
      '- name: main\n  activeDeadlineSeconds: 10\n  dag:\n    tasks:\n    - name: a\n      template: leaf\n- name: leaf\n  container: {image: busybox}',
    ),
    [
      [
        'active-deadline',
        `${T}.activeDeadlineSeconds`,
        'templates.main.activeDeadlineSeconds is only valid for leaf templates',
      ],
    ],
  ],
  [
    '§4.19 negative activeDeadlineSeconds',
    wf('- name: main\n  activeDeadlineSeconds: -5\n  container: {image: busybox}'),
    [
      [
        'active-deadline',
        `${T}.activeDeadlineSeconds`,
        'must be a positive integer > 0 or an argo variable (found -5)',
      ],
    ],
  ],
  [
    '§4.20 parallelism on a container',
    wf('- name: main\n  parallelism: 2\n  container: {image: busybox}'),
    [['parallelism', `${T}.parallelism`, 'templates.main.parallelism is only valid for steps and dag templates']],
  ],
  [
    '§4.21 resourceClaims on a steps template',
    wf(
      '- name: main\n  resourceClaims: [{name: gpu, resourceClaimTemplateName: t}]\n  steps:\n  - - name: a\n      template: leaf\n- name: leaf\n  container: {image: busybox}',
    ),
    [['pod-fields', `${T}.resourceClaims`, 'resourceClaims are only allowed on templates that create a pod']],
  ],
  [
    '§4.22 empty container image',
    wf('- name: main\n  container:\n    command: [echo]'),
    [['image', `${T}.container.image`, 'templates.main.container.image may not be empty']],
  ],
  [
    '§4.22 empty script image',
    wf('- name: main\n  script:\n    source: echo hi'),
    [['image', `${T}.script.image`, 'templates.main.script.image may not be empty']],
  ],
  [
    '§4.22 mountPath mounted twice',
    wf(
      '- name: main\n  container:\n    image: busybox\n    volumeMounts:\n    - {name: a, mountPath: /data}\n    - {name: b, mountPath: /data}',
    ),
    [
      [
        'mount-path',
        `${T}.container.volumeMounts[1].mountPath`,
        "mountPath '/data' already mounted in container.volumeMounts.a",
      ],
    ],
  ],
  [
    '§4.22 input artifact path collides with a mount',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - {name: in, path: /data, raw: {data: x}}\n  container:\n    image: busybox\n    volumeMounts:\n    - {name: a, mountPath: /data}',
    ),
    [
      [
        'mount-path',
        `${T}.inputs.artifacts[0].path`,
        "input artifact path '/data' already mounted in container.volumeMounts.a",
      ],
    ],
  ],
  [
    '§4.23 sidecar named wait',
    wf('- name: main\n  container: {image: busybox}\n  sidecars:\n  - {name: wait, image: nginx}'),
    [['reserved-name', `${T}.sidecars[0].name`, '"wait" is a reserved Argo container name']],
  ],
  [
    '§4.24 containerSet dependency not defined',
    wf(
      '- name: main\n  containerSet:\n    containers:\n    - name: main\n      image: busybox\n      dependencies: [setup]',
    ),
    [
      [
        'container-set',
        `${T}.containerSet.containers[0].dependencies[0]`,
        "containers.main dependency 'setup' not defined",
      ],
    ],
  ],
  [
    '§4.24 containerSet dependency cycle',
    wf(
      '- name: main\n  containerSet:\n    containers:\n    - {name: a, image: busybox, dependencies: [b]}\n    - {name: b, image: busybox, dependencies: [a]}',
    ),
    [['container-set', `${T}.containerSet.containers`, 'containers dependency cycle detected: a -> b -> a']],
  ],
  [
    '§4.24 containerSet with outputs but no main container',
    wf(
      '- name: main\n  outputs:\n    parameters:\n    - name: p\n      valueFrom: {path: /tmp/p}\n  containerSet:\n    containers:\n    - {name: work, image: busybox}',
    ),
    [
      [
        'container-set',
        `${T}.containerSet.containers`,
        'containerSet.containers must have a container named "main" for input or output',
      ],
    ],
  ],
  [
    '§4.25 unknown resource action',
    wf('- name: main\n  resource:\n    action: upsert\n    manifest: "kind: ConfigMap"'),
    [
      [
        'resource',
        `${T}.resource.action`,
        'templates.main.resource.action must be one of: get, create, apply, delete, replace, patch',
      ],
    ],
  ],
  [
    '§4.25 create without manifest',
    wf('- name: main\n  resource:\n    action: create'),
    [
      [
        'resource',
        `${T}.resource`,
        'either templates.main.resource.manifest or templates.main.resource.manifestFrom must be specified',
      ],
    ],
  ],
  [
    '§4.25 manifest is not YAML',
    wf('- name: main\n  resource:\n    action: apply\n    manifest: "kind: [ConfigMap"'),
    [['resource', `${T}.resource.manifest`, 'templates.main.resource.manifest must be a valid yaml']],
  ],
  [
    '§4.25 manifestFrom names no input artifact',
    wf('- name: main\n  resource:\n    action: apply\n    manifestFrom:\n      artifact: {name: manifest}'),
    [
      [
        'resource',
        `${T}.resource.manifestFrom.artifact.name`,
        'artifact manifest in `manifestFrom` refer to a non-exist artifact',
      ],
    ],
  ],
  [
    '§4.26 input artifact path on a steps template',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - {name: a, path: /tmp/a, raw: {data: x}}\n  steps:\n  - - name: s\n      template: leaf\n- name: leaf\n  container: {image: busybox}',
    ),
    [
      [
        'input-artifact',
        `${T}.inputs.artifacts[0].path`,
        'templates.main.inputs.artifacts.a.path only valid in container/script templates',
      ],
    ],
  ],
  [
    '§4.26 from in inputs',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - {name: a, path: /tmp/a, from: "{{workflow.outputs.artifacts.x}}", optional: true}\n  container: {image: busybox}',
    ),
    [
      ['input-artifact', `${T}.inputs.artifacts[0].from`, 'templates.main.inputs.artifacts.a.from not valid in inputs'],
      [
        'variables',
        `${T}.inputs.artifacts[0].from`,
        'failed to resolve {{workflow.outputs.artifacts.x}}: no template exports it',
      ],
    ],
  ],
  [
    '§4.28 output parameter with both value and valueFrom',
    wf(
      '- name: main\n  outputs:\n    parameters:\n    - name: p\n      value: x\n      valueFrom: {path: /tmp/p}\n  container: {image: busybox}',
    ),
    [
      [
        'output-parameter',
        `${T}.outputs.parameters[0]`,
        'templates.main.outputs.parameters.p has both valueFrom and value specified, choose one',
      ],
    ],
  ],
  [
    '§4.28 container output without path',
    wf(
      '- name: main\n  outputs:\n    parameters:\n    - name: p\n      valueFrom: {jsonPath: "{.a}"}\n  container: {image: busybox}',
    ),
    [
      [
        'output-parameter',
        `${T}.outputs.parameters[0].valueFrom`,
        'templates.main.outputs.parameters.p.path must be specified for container templates',
      ],
    ],
  ],
  [
    '§4.28 two valueFrom sources',
    wf(
      '- name: main\n  outputs:\n    parameters:\n    - name: p\n      valueFrom: {path: /tmp/p, expression: "1"}\n  container: {image: busybox}',
    ),
    [
      [
        'output-parameter',
        `${T}.outputs.parameters[0].valueFrom`,
        'multiple valueFrom types specified (path, expression)',
      ],
    ],
  ],
  [
    '§4.29 metric without help',
    wf(
      '- name: main\n  metrics:\n    prometheus:\n    - name: runs\n      counter: {value: "1"}\n  container: {image: busybox}',
    ),
    [['metrics', `${T}.metrics.prometheus[0].help`, "metric 'runs' must contain a help string under 'help: ' field"]],
  ],
  [
    '§4.29 metric name with a dash',
    wf(
      '- name: main\n  metrics:\n    prometheus:\n    - name: my-runs\n      help: runs\n      counter: {value: "1"}\n  container: {image: busybox}',
    ),
    [['metrics', `${T}.metrics.prometheus[0].name`, "metric name 'my-runs' is invalid"]],
  ],
  [
    '§4.29 realtime gauge on resourcesDuration',
    wf(
      '- name: main\n  metrics:\n    prometheus:\n    - name: cpu\n      help: cpu\n      gauge: {realtime: true, value: "{{resourcesDuration.cpu}}"}\n  container: {image: busybox}',
    ),
    [
      [
        'metrics',
        `${T}.metrics.prometheus[0].gauge.value`,
        "'resourcesDuration.*' metrics cannot be used in real-time gauges",
      ],
    ],
  ],
  [
    '§4.30 git artifact without repo',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - name: src\n      path: /src\n      git: {revision: main}\n  container: {image: busybox}',
    ),
    [['artifact-location', `${T}.inputs.artifacts[0].git.repo`, 'git.repo is required']],
  ],
  [
    'CRD at most one artifact location',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - name: src\n      path: /src\n      raw: {data: x}\n      http: {url: "https://example.com"}\n  container: {image: busybox}',
    ),
    [
      [
        'artifact-location',
        `${T}.inputs.artifacts[0]`,
        'at most one artifact location can be specified (found http, raw)',
      ],
    ],
  ],
  [
    'CRD artifact mode above 0777',
    wf(
      '- name: main\n  inputs:\n    artifacts:\n    - {name: src, path: /src, mode: 1000, raw: {data: x}}\n  container: {image: busybox}',
    ),
    [['crd-limit', `${T}.inputs.artifacts[0].mode`, 'mode must be an integer file mode between 0 and 511']],
  ],
  [
    'CRD resource mergeStrategy enum',
    wf('- name: main\n  resource:\n    action: patch\n    mergeStrategy: deep\n    manifest: "kind: ConfigMap"'),
    [['crd-limit', `${T}.resource.mergeStrategy`, "resource.mergeStrategy 'deep' is not valid"]],
  ],
];

describe('template-level rules', () => {
  for (const [name, text, expected] of cases) it(name, () => expectProblems(text, expected));
});
