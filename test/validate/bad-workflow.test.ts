import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { templateRegistry } from '../../src/argo-docs/validate/index.js';
import { expectProblems, yaml } from './bad-case.js';
import type { Expected } from './bad-case.js';

const hello = yaml`
  - name: main
    container:
      image: busybox
`;

const wf = (spec: string, name = 'wf'): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  name: ${name}
spec:
${spec
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}`;

const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<Expected>]> = [
  [
    '§4.1 workflow name longer than 63',
    wf(`entrypoint: main\ntemplates:\n${hello}`, 'a'.repeat(64)),
    [['metadata-name', 'metadata.name', 'must not be more than 63 characters long (currently 64)']],
  ],
  [
    '§4.1 name not DNS-1123',
    wf(`entrypoint: main\ntemplates:\n${hello}`, 'My_Workflow'),
    [['metadata-name', 'metadata.name', 'is not a valid Kubernetes name']],
  ],
  [
    '§4.2 invalid template name',
    wf(`entrypoint: main\ntemplates:\n${hello}- name: bad_name\n  container: {image: busybox}`),
    [
      [
        'template-name',
        'spec.templates[1].name',
        "name 'bad_name' is invalid: name must consist of alpha-numeric characters or '-'",
      ],
    ],
  ],
  [
    '§4.2 template name longer than 128',
    wf(`entrypoint: main\ntemplates:\n${hello}- name: ${'t'.repeat(129)}\n  container: {image: busybox}`),
    [['template-name', 'spec.templates[1].name', 'is 129 characters long; at most 128']],
  ],
  [
    '§4.2 duplicate template names',
    wf(`entrypoint: main\ntemplates:\n${hello}${hello}`),
    [
      [
        'template-name',
        'spec.templates[1].name',
        "template name 'main' is not unique: spec.templates[0] has the same name",
      ],
    ],
  ],
  [
    '§4.2 missing template name',
    wf(`entrypoint: main\ntemplates:\n${hello}- container: {image: busybox}`),
    [['template-name', 'spec.templates[1].name', 'template name is required']],
  ],
  [
    '§4.3 invalid input parameter name',
    wf(
      `entrypoint: main\ntemplates:\n- name: main\n  inputs:\n    parameters:\n    - name: my param\n      value: x\n  container: {image: busybox}`,
    ),
    [
      [
        'param-name',
        'spec.templates[0].inputs.parameters[0].name',
        "Parameter/Artifact name must consist of alpha-numeric characters, '_' or '-'",
      ],
    ],
  ],
  [
    '§4.4 entrypoint missing',
    wf(`templates:\n${hello}`),
    [
      [
        'entrypoint',
        'spec.entrypoint',
        'spec.entrypoint is required; set it to the template to run first (one of: main)',
      ],
    ],
  ],
  [
    '§4.4 entrypoint undefined',
    wf(`entrypoint: mian\ntemplates:\n${hello}`),
    [['template-ref', 'spec.entrypoint', "template name 'mian' undefined; use one of: main"]],
  ],
  [
    '§4.5 workflowTemplateRef with local templates',
    wf(`workflowTemplateRef:\n  name: other\ntemplates:\n${hello}`),
    [
      [
        'workflow-template-ref',
        'spec.templates',
        'Templates is invalid field in spec if workflow referred WorkflowTemplate reference',
      ],
    ],
  ],
  [
    '§4.7 argument valueFrom with an output-only source',
    wf(
      `entrypoint: main\narguments:\n  parameters:\n  - name: p\n    valueFrom:\n      path: /tmp/x\ntemplates:\n${hello}`,
    ),
    [
      [
        'argument-value-from',
        'spec.arguments.parameters[0].valueFrom',
        'only allows: default, configMapKeyRef and supplied (found path',
      ],
    ],
  ],
  [
    '§4.8 argument value outside its enum',
    wf(
      `entrypoint: main\narguments:\n  parameters:\n  - name: color\n    value: purple\n    enum: [red, green]\ntemplates:\n${hello}`,
    ),
    [
      [
        'argument-enum',
        'spec.arguments.parameters[0].value',
        "value 'purple' of 'color' should be present in its enum list (red, green)",
      ],
    ],
  ],
  [
    '§4.8 empty enum',
    wf(
      `entrypoint: main\narguments:\n  parameters:\n  - name: color\n    value: red\n    enum: []\ntemplates:\n${hello}`,
    ),
    [['argument-enum', 'spec.arguments.parameters[0].enum', "enum of 'color' should contain at least one value"]],
  ],
  [
    '§4.9 argument artifact without a source',
    wf(`entrypoint: main\narguments:\n  artifacts:\n  - name: data\ntemplates:\n${hello}`),
    [
      [
        'argument-artifact',
        'spec.arguments.artifacts[0]',
        "argument artifact 'data' needs from, an artifact location or a key",
      ],
    ],
  ],
  [
    '§4.10 onExit names no template',
    wf(`entrypoint: main\nonExit: cleanup\ntemplates:\n${hello}`),
    [['template-ref', 'spec.onExit', "template name 'cleanup' undefined"]],
  ],
  [
    '§4.11 workflow hook without expression',
    wf(`entrypoint: main\nhooks:\n  running:\n    template: main\ntemplates:\n${hello}`),
    [['hooks', 'spec.hooks.running.expression', 'hooks.running Expression required']],
  ],
  [
    '§4.12 unknown podGC strategy',
    wf(`entrypoint: main\npodGC:\n  strategy: Sometimes\ntemplates:\n${hello}`),
    [['pod-gc', 'spec.podGC.strategy', "podGC.strategy unknown strategy 'Sometimes'"]],
  ],
  [
    '§4.12 podGC label selector operator',
    wf(
      `entrypoint: main\npodGC:\n  strategy: OnPodSuccess\n  labelSelector:\n    matchExpressions:\n    - {key: a, operator: Equals, values: [b]}\ntemplates:\n${hello}`,
    ),
    [
      [
        'pod-gc',
        'spec.podGC.labelSelector.matchExpressions[0].operator',
        'podGC.labelSelector invalid: "Equals" is not a valid label selector operator',
      ],
    ],
  ],
  [
    '§4.12 podResources outside cpu/memory/hugepages',
    wf(`entrypoint: main\npodResources:\n  requests:\n    nvidia.com/gpu: "1"\ntemplates:\n${hello}`),
    [
      [
        'pod-gc',
        'spec.podResources.requests["nvidia.com/gpu"]',
        "only allows cpu, memory and hugepages-* (found 'nvidia.com/gpu')",
      ],
    ],
  ],
  [
    '§4.13 executor plugin without sidecar container',
    wf(`entrypoint: main\nexecutorPlugins:\n- metadata: {name: p}\n  spec: {}\ntemplates:\n${hello}`),
    [['executor-plugins', 'spec.executorPlugins[0].spec', 'spec.sidecar.container is required']],
  ],
  [
    'CRD spec.parallelism minimum 1',
    wf(`entrypoint: main\nparallelism: 0\ntemplates:\n${hello}`),
    [['crd-limit', 'spec.parallelism', 'parallelism must be an integer of at least 1 (found 0)']],
  ],
  [
    '§0 v3-style synchronization.mutex',
    wf(`entrypoint: main\nsynchronization:\n  mutex: {name: lock}\ntemplates:\n${hello}`),
    [
      [
        'removed-field',
        'spec.synchronization.mutex',
        'synchronization.mutex was removed in Argo v4 and is ignored; write mutexes:',
      ],
    ],
  ],
  [
    '§4.27 entrypoint input not supplied by spec.arguments',
    wf(
      `entrypoint: main\ntemplates:\n- name: main\n  inputs:\n    parameters:\n    - name: message\n  container: {image: busybox}`,
    ),
    [
      [
        'inputs-supplied',
        'spec.entrypoint',
        'templates.main inputs.parameters.message was not supplied; pass it in spec.arguments.parameters',
      ],
    ],
  ],
];

describe('workflow-level rules', () => {
  for (const [name, text, expected] of cases) it(name, () => expectProblems(text, expected));

  it('§4.16 templateRef to a known WorkflowTemplate that lacks the template', () => {
    const lib = parse(yaml`
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata: {name: lib}
      spec:
        templates:
        - name: print
          container: {image: busybox}
    `) as unknown;
    expectProblems(
      wf(
        `entrypoint: main\ntemplates:\n- name: main\n  steps:\n  - - name: call\n      templateRef: {name: lib, template: prnt}`,
      ),
      [
        [
          'template-ref',
          'spec.templates[0].steps[0][0].templateRef.template',
          'template reference lib.prnt not found; WorkflowTemplate lib has: print',
        ],
      ],
      { templatesByName: templateRegistry([lib]) },
    );
  });
});
