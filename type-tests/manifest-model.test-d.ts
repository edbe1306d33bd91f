// The emitted manifest is the generated model's Argo Workflow; the `patch` escape hatch is checked by it.
import { expectAssignable, expectError, expectType } from 'tsd';
import * as E from 'fp-ts/lib/Either.js';
import {
  compileWorkflow,
  container,
  dag,
  renderWorkflow,
  script,
  steps,
  toManifest,
  workflow,
  type WorkflowManifest,
} from '../src/index.js';
import type { Template, Workflow as ArgoWorkflow, WorkflowSpec } from '../src/argo-model/generated/argo-types.js';
import { double } from './fixtures.js';

const wf = workflow({ generateName: 'm-', entrypoint: double, patch: { parallelism: 2 } });

// toManifest / compileWorkflow / renderWorkflow emit the model's Workflow, with the fields tiphys always sets required.
const m = toManifest(wf);
expectAssignable<ArgoWorkflow>(m);
expectType<WorkflowManifest>(m);
expectType<'Workflow'>(m.kind);
expectType<string>(m.spec.entrypoint);
expectType<ReadonlyArray<Template>>(m.spec.templates);
expectType<WorkflowSpec['podGC']>(m.spec.podGC);
expectType<Template['timeout']>(m.spec.templates[0]?.timeout);
const compiled = compileWorkflow(wf);
if (E.isRight(compiled)) expectAssignable<ArgoWorkflow>(compiled.right);
const rendered = renderWorkflow(wf);
if (E.isRight(rendered)) expectAssignable<ArgoWorkflow>(rendered.right);

// Template patch: any Argo template field tiphys does not own, typed by the model.
container({ name: 'c', image: 'alpine', patch: { timeout: '30s', nodeSelector: { disk: 'ssd' }, activeDeadlineSeconds: 60 } });
script({ name: 's', image: 'python', source: 'print(1)', patch: { podSpecPatch: '{}', memoize: { key: 'k', maxAge: '1h', cache: { configMap: { name: 'c' } } } } });
dag('d', { patch: { parallelism: 2, failFast: true } }, () => undefined);
steps('st', { patch: { parallelism: 1 } }, () => undefined);

// Leaf templates also patch their body: container / script fields tiphys does not set.
container({
  name: 'c',
  image: 'alpine',
  patch: { container: { env: [{ name: 'A', value: '1' }], resources: { limits: { cpu: '1', memory: '1Gi' } } } },
});
script({ name: 's', image: 'python', source: 'x', patch: { script: { workingDir: '/w', imagePullPolicy: 'Always' } } });
expectError(container({ name: 'c', image: 'alpine', patch: { container: { evn: [] } } }));
expectError(container({ name: 'c', image: 'alpine', patch: { container: { env: [{ value: '1' }] } } }));
expectError(container({ name: 'c', image: 'alpine', patch: { script: { workingDir: '/w' } } }));
expectError(script({ name: 's', image: 'python', source: 'x', patch: { script: { source: 'other' } } }));

// A misspelled field, a wrong value type, or a field tiphys renders itself is a compile error.
expectError(container({ name: 'c', image: 'alpine', patch: { timeot: '30s' } }));
expectError(container({ name: 'c', image: 'alpine', patch: { timeout: 30 } }));
expectError(container({ name: 'c', image: 'alpine', patch: { container: { image: 'other' } } }));
expectError(dag('d', { patch: { container: { env: [] } } }, () => undefined));
expectError(script({ name: 's', image: 'python', source: 'x', patch: { nodeSelector: { disk: 1 } } }));
expectError(dag('d', { patch: { inputs: { parameters: [] } } }, () => undefined));
expectError(steps('st', { patch: { paralelism: 1 } }, () => undefined));

// Workflow patch: WorkflowSpec minus what `workflow({...})` sets itself.
workflow({ generateName: 'w-', entrypoint: double, patch: { podGC: { strategy: 'OnPodCompletion' }, ttlStrategy: { secondsAfterCompletion: 60 } } });
expectError(workflow({ generateName: 'w-', entrypoint: double, patch: { parallelizm: 2 } }));
expectError(workflow({ generateName: 'w-', entrypoint: double, patch: { parallelism: '2' } }));
expectError(workflow({ generateName: 'w-', entrypoint: double, patch: { entrypoint: 'other' } }));
expectError(workflow({ generateName: 'w-', entrypoint: double, patch: { templates: [] } }));
