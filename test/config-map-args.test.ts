// Arguments read from a ConfigMap key (`configMapKey(name, key)`, Argo `valueFrom.configMapKeyRef`): the
// YAML of a task's, a step's and a hook's, a ref in the key, and what a local run says of one.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, configMapKey, dag, globals, hook, param, runLocal, steps, toManifest, workflow } from '../src/index.js';
import { echo } from './support/templates.js';

const fromSettings = dag('from-settings', (d) => {
  d.task('print', echo, { message: configMapKey('simple-parameters', 'msg') });
});

describe('configMapKey as an argument', () => {
  it("renders a task's argument as valueFrom.configMapKeyRef, with no value", () => {
    const m = toManifest(workflow({ generateName: 'cm-', entrypoint: fromSettings }));
    const task = m.spec.templates.find((t) => t.name === 'from-settings')?.dag?.tasks[0];
    expect(task?.arguments?.parameters).toEqual([{ name: 'message', valueFrom: { configMapKeyRef: { name: 'simple-parameters', key: 'msg' } } }]);
  });

  it("renders a step's and a hook's the same, optional kept", () => {
    const s = steps('s', (b) => {
      b.step('print', echo, { message: configMapKey('settings', 'greeting', { optional: true }) }, {
        hooks: { exit: hook({ template: echo, arguments: { message: configMapKey('settings', 'bye') } }) },
      });
    });
    const step = toManifest(workflow({ generateName: 'cm-', entrypoint: s })).spec.templates.find((t) => t.name === 's')?.steps?.[0]?.[0];
    expect(step?.arguments?.parameters).toEqual([{ name: 'message', valueFrom: { configMapKeyRef: { name: 'settings', key: 'greeting', optional: true } } }]);
    expect(step?.hooks?.['exit']?.arguments?.parameters).toEqual([{ name: 'message', valueFrom: { configMapKeyRef: { name: 'settings', key: 'bye' } } }]);
  });

  it('takes a ref for the ConfigMap, recorded as read: an undeclared global is reported', () => {
    const g = globals({ settings: param.string({ default: 'prod-settings' }) });
    const t = dag('by-env', (d) => {
      d.task('print', echo, { message: configMapKey(g.settings, 'msg') });
    });
    const m = toManifest(workflow({ generateName: 'cm-', entrypoint: t, arguments: g }));
    expect(m.spec.templates.find((x) => x.name === 'by-env')?.dag?.tasks[0]?.arguments?.parameters?.[0]?.valueFrom).toEqual({
      configMapKeyRef: { name: '{{workflow.parameters.settings}}', key: 'msg' },
    });
    const undeclared = compileWorkflow(workflow({ generateName: 'cm-', entrypoint: t }));
    expect(E.isLeft(undeclared) && undeclared.left.map((p) => p.message)).toEqual([expect.stringContaining("uses global parameter 'settings'")]);
  });

  it('fails the call in a local run, saying it cannot read the ConfigMap', async () => {
    const run = await runLocal(workflow({ generateName: 'cm-', entrypoint: fromSettings }), { mocks: { echo: { result: 'ok' } } });
    expect(run.phase).not.toBe('Succeeded');
    expect(run.nodes['cm-local.print']?.message).toBe("argument 'message' is read from key 'msg' of ConfigMap 'simple-parameters', which a local run cannot read (it has no cluster)");
  });
});
