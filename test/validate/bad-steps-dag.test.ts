import { describe, it } from 'vitest';
import { expectProblems } from './bad-case.js';
import type { Expected } from './bad-case.js';

const wf = (templates: string, extra = ''): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: wf-
spec:
  entrypoint: main
${extra}  templates:
${templates
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
  - name: echo
    inputs:
      parameters:
      - name: msg
        default: hi
    outputs:
      parameters:
      - name: out
        valueFrom: {path: /tmp/out}
    container:
      image: busybox
      args: ["{{inputs.parameters.msg}}"]`;

const S = 'spec.templates[0].steps';
const D = 'spec.templates[0].dag';

const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<Expected>]> = [
  [
    '§4.32 steps template without groups',
    wf('- name: main\n  steps: []'),
    [['steps', S, "steps template 'main' has no step groups"]],
  ],
  [
    '§4.11 task hook without expression',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - name: a\n      template: echo\n      hooks:\n        failed: {template: echo}',
    ),
    [['hooks', `${D}.tasks[0].hooks.failed.expression`, 'hooks.failed Expression required']],
  ],
  [
    '§4.2 duplicate step names across groups',
    wf('- name: main\n  steps:\n  - - {name: a, template: echo}\n  - - {name: a, template: echo}'),
    [['template-name', `${S}[1][0].name`, "templates.main.steps[1].name 'a' is not unique"]],
  ],
  [
    '§4.16 step calls an undefined template',
    wf('- name: main\n  steps:\n  - - {name: a, template: ecko}'),
    [['template-ref', `${S}[0][0].template`, "template name 'ecko' undefined; use one of: main, echo"]],
  ],
  [
    '§4.16 template and templateRef together',
    wf('- name: main\n  steps:\n  - - {name: a, template: echo, templateRef: {name: lib, template: echo}}'),
    [['template-ref', `${S}[0][0].template`, 'template name cannot be specified with templateRef']],
  ],
  [
    '§4.27 required input not supplied by a step',
    wf(
      '- name: main\n  steps:\n  - - {name: a, template: need}\n- name: need\n  inputs:\n    parameters:\n    - name: message\n  container: {image: busybox}',
    ),
    [
      [
        'inputs-supplied',
        `${S}[0][0].arguments`,
        "templates.need inputs.parameters.message was not supplied; pass it in this step's arguments.parameters",
      ],
    ],
  ],
  [
    '§4.27 input artifact not supplied',
    wf(
      '- name: main\n  steps:\n  - - {name: a, template: need}\n- name: need\n  inputs:\n    artifacts:\n    - {name: data, path: /data}\n  container: {image: busybox}',
    ),
    [['inputs-supplied', `${S}[0][0].arguments`, 'templates.need inputs.artifacts.data was not supplied']],
  ],
  [
    '§4.6 step argument without value',
    wf(
      '- name: main\n  steps:\n  - - name: a\n      template: echo\n      arguments:\n        parameters:\n        - name: msg',
    ),
    [['argument-value', `${S}[0][0].arguments.parameters[0]`, "argument 'msg' needs a value or valueFrom"]],
  ],
  [
    '§4.31 withItems and withParam together',
    wf('- name: main\n  steps:\n  - - name: a\n      template: echo\n      withItems: [1, 2]\n      withParam: "[1]"'),
    [
      [
        'loops',
        `${S}[0][0]`,
        'only one of withItems, withParam, withSequence can be specified (found withItems, withParam)',
      ],
    ],
  ],
  [
    '§4.31 withParam literal that is not a JSON list',
    wf('- name: main\n  steps:\n  - - name: a\n      template: echo\n      withParam: "a, b"'),
    [['loops', `${S}[0][0].withParam`, 'withParam "a, b" is not a JSON list']],
  ],
  [
    '§4.31 withSequence with count and end',
    wf('- name: main\n  steps:\n  - - name: a\n      template: echo\n      withSequence: {count: "3", end: "5"}'),
    [['loops', `${S}[0][0].withSequence`, 'only one of count or end can be defined in withSequence']],
  ],
  [
    '§4.33 step reads a sibling in the same group',
    wf(
      '- name: main\n  steps:\n  - - {name: a, template: echo}\n    - name: b\n      template: echo\n      arguments:\n        parameters:\n        - {name: msg, value: "{{steps.a.outputs.parameters.out}}"}',
    ),
    [
      [
        'variables',
        `${S}[0][1].arguments.parameters[0].value`,
        "failed to resolve {{steps.a.outputs.parameters.out}}: step 'a' runs in the same step group (steps[0])",
      ],
    ],
  ],
  [
    '§4.33 step reads an output its template does not declare',
    wf(
      '- name: main\n  steps:\n  - - {name: a, template: echo}\n  - - name: b\n      template: echo\n      arguments:\n        parameters:\n        - {name: msg, value: "{{steps.a.outputs.parameters.result}}"}',
    ),
    [
      [
        'variables',
        `${S}[1][0].arguments.parameters[0].value`,
        "template 'echo' has no output parameter 'result' (it has: out)",
      ],
    ],
  ],
  [
    '§4.33 step reads an unknown step',
    wf(
      '- name: main\n  steps:\n  - - name: b\n      template: echo\n      when: "{{steps.flip.outputs.result}} == heads"',
    ),
    [
      [
        'variables',
        `${S}[0][0].when`,
        "failed to resolve {{steps.flip.outputs.result}}: template 'main' has no step named 'flip'",
      ],
    ],
  ],
  [
    '§4.33 outputs.result of a steps template',
    wf(
      '- name: main\n  steps:\n  - - {name: a, template: inner}\n  - - name: b\n      template: echo\n      arguments:\n        parameters:\n        - {name: msg, value: "{{steps.a.outputs.result}}"}\n- name: inner\n  steps:\n  - - {name: x, template: echo}',
    ),
    [
      [
        'variables',
        `${S}[1][0].arguments.parameters[0].value`,
        "template 'inner' is a steps template; outputs.result exists only for container, script",
      ],
    ],
  ],
  [
    '§4.11 step hook without expression',
    wf('- name: main\n  steps:\n  - - name: a\n      template: echo\n      hooks:\n        running: {template: echo}'),
    [['hooks', `${S}[0][0].hooks.running.expression`, 'hooks.running Expression required']],
  ],
  [
    '§4.34 dag without tasks',
    wf('- name: main\n  dag:\n    tasks: []'),
    [['dag-tasks', `${D}.tasks`, 'templates.main must have at least one task']],
  ],
  [
    '§4.35 depends and dependencies mixed',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, depends: a}\n    - {name: c, template: echo, dependencies: [a]}',
    ),
    [
      [
        'dag-depends-mix',
        `${D}.tasks[2].dependencies`,
        "cannot use both 'depends' and 'dependencies' in the same DAG template",
      ],
    ],
  ],
  [
    '§4.35 continueOn with depends',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo, continueOn: {failed: true}}\n    - {name: b, template: echo, depends: a}',
    ),
    [
      [
        'dag-depends-mix',
        `${D}.tasks[0].continueOn`,
        "cannot use 'continueOn' when using 'depends'. Instead use 'dep-task.Failed'/'dep-task.Errored'",
      ],
    ],
  ],
  [
    '§4.36 task name starting with a digit',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: 1st, template: echo}\n    - {name: b, template: echo, depends: 1st}',
    ),
    [
      [
        'dag-task-digit',
        `${D}.tasks[0].name`,
        "templates.main.tasks.1st name cannot begin with a digit when using either 'depends' or 'dependencies'",
      ],
    ],
  ],
  [
    '§4.37 dependency not defined',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, depends: "a && c"}',
    ),
    [
      [
        'dag-dependency',
        `${D}.tasks[1].depends`,
        "templates.main.tasks.b dependency 'c' not defined; name one of: a, b",
      ],
    ],
  ],
  [
    '§4.37 AnySucceeded on a task without items',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, depends: a.AnySucceeded}',
    ),
    [
      [
        'dag-dependency',
        `${D}.tasks[1].depends`,
        "dependency 'a' uses an items-based condition such as .AnySucceeded or .AllFailed but does not contain any items",
      ],
    ],
  ],
  [
    '§4.38 invalid task result',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, depends: a.Succeded}',
    ),
    [['dag-task-result', `${D}.tasks[1].depends`, "task result 'Succeded' for task 'a' is invalid"]],
  ],
  [
    '§5 depends syntax error',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, depends: "(a && "}',
    ),
    [
      [
        'depends-syntax',
        `${D}.tasks[1].depends`,
        "is not a valid expression: expected a task name, '!' or '(', found end of expression",
      ],
    ],
  ],
  [
    '§4.39 dependency cycle, printed',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo, depends: c}\n    - {name: b, template: echo, depends: a}\n    - {name: c, template: echo, depends: b}',
    ),
    [['dag-cycle', `${D}.tasks`, 'templates.main.tasks dependency cycle detected: a -> c -> b -> a']],
  ],
  [
    '§4.40 undefined target',
    wf('- name: main\n  dag:\n    target: a z\n    tasks:\n    - {name: a, template: echo}'),
    [['dag-target', `${D}.target`, "templates.main.targets: target 'z' is not defined"]],
  ],
  [
    '§4.41 argument from a task that is not a dependency',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - name: b\n      template: echo\n      arguments:\n        parameters:\n        - {name: msg, value: "{{tasks.a.outputs.parameters.out}}"}',
    ),
    [
      [
        'dag-missing-dependency',
        `${D}.tasks[1].arguments.parameters[0].value`,
        "templates.main.tasks.b missing dependency 'a' for parameter 'msg'; add 'a' to this task's depends",
      ],
    ],
  ],
  [
    '§4.41 status of a task that is not an ancestor',
    wf(
      '- name: main\n  dag:\n    tasks:\n    - {name: a, template: echo}\n    - {name: b, template: echo, when: "{{tasks.a.status}} == Succeeded"}',
    ),
    [
      [
        'variables',
        `${D}.tasks[1].when`,
        "failed to resolve {{tasks.a.status}}: task 'a' is not an ancestor of 'b'; add 'a' to its depends",
      ],
    ],
  ],
  [
    '§4.42 undeclared input in a container',
    wf('- name: main\n  container:\n    image: busybox\n    args: ["{{inputs.parameters.mesage}}"]'),
    [
      [
        'variables',
        'spec.templates[0].container.args[0]',
        "failed to resolve {{inputs.parameters.mesage}}: declare 'mesage' under inputs.parameters of template 'main'",
      ],
    ],
  ],
  [
    '§4.42 undeclared workflow parameter',
    wf('- name: main\n  container:\n    image: busybox\n    args: ["{{ workflow.parameters.env }}"]'),
    [
      [
        'variables',
        'spec.templates[0].container.args[0]',
        "failed to resolve {{ workflow.parameters.env }}: declare 'env' under spec.arguments.parameters",
      ],
    ],
  ],
  [
    '§4.42 item key not in withItems',
    wf(
      '- name: main\n  steps:\n  - - name: a\n      template: echo\n      withItems: [{os: linux}]\n      arguments:\n        parameters:\n        - {name: msg, value: "{{item.arch}}"}',
    ),
    [
      [
        'variables',
        `${S}[0][0].arguments.parameters[0].value`,
        'failed to resolve {{item.arch}}: no withItems/withParam/withSequence',
      ],
    ],
  ],
  [
    '§4.42 workflow.failures outside exit handlers',
    wf('- name: main\n  container:\n    image: busybox\n    args: ["{{workflow.failures}}"]'),
    [
      [
        'variables',
        'spec.templates[0].container.args[0]',
        'workflow.failures is only available in exit handlers; set spec.onExit',
      ],
    ],
  ],
  [
    '§5 unclosed tag',
    wf('- name: main\n  container:\n    image: busybox\n    args: ["{{inputs.parameters.x"]'),
    [['variables', 'spec.templates[0].container.args[0]', "'{{' at offset 0 is never closed"]],
  ],
  [
    '§4.42 workflow label that is not set',
    wf('- name: main\n  container:\n    image: busybox\n    args: ["{{workflow.labels.team}}"]'),
    [
      [
        'variables',
        'spec.templates[0].container.args[0]',
        'add that label to metadata.labels or spec.workflowMetadata.labels',
      ],
    ],
  ],
];

describe('steps, dag and variable rules', () => {
  for (const [name, text, expected] of cases) it(name, () => expectProblems(text, expected));
});
