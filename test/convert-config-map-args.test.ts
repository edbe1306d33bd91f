// Arguments read from a ConfigMap key convert to `configMapKey(...)` in a call, and to a global of that
// source in a workflow's arguments (which take literals only); other sources of an argument are refused.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const wf = (args: string, from = 'configMapKeyRef: {name: settings, key: msg}'): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: cm-
spec:
  entrypoint: main
${args}  templates:
  - name: main
    dag:
      tasks:
      - name: print
        template: echo
        arguments:
          parameters:
          - name: message
            valueFrom: {${from}}
  - name: echo
    inputs:
      parameters:
      - {name: message, default: "3"}
    container: {image: busybox, args: ["{{inputs.parameters.message}}"]}
`;

describe('convert, arguments from a ConfigMap', () => {
  it("writes a call's as configMapKey(...), its input typed as a string", async () => {
    const { code, documents } = await convert(wf(''));
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("d.task('print', echo, { message: configMapKey('settings', 'msg') });");
    expect(code).toContain("inputs: { message: param.string({ default: '3' }) }");
  });

  it('keeps optional', async () => {
    const { code } = await convert(wf('', 'configMapKeyRef: {name: settings, key: msg, optional: true}'));
    expect(code).toContain("configMapKey('settings', 'msg', { optional: true })");
  });

  it("writes a workflow's as a global of that source", async () => {
    const { code } = await convert(wf('  arguments:\n    parameters:\n    - {name: message, valueFrom: {configMapKeyRef: {name: settings, key: msg}}}\n').replace('entrypoint: main', 'entrypoint: echo'));
    expect(code).toContain("const g = globals({ message: param.string({ configMapKeyRef: { name: 'settings', key: 'msg' } }) });");
    expect(code).toContain('arguments: g');
  });

  it('refuses a source an argument cannot have, naming it', async () => {
    const { documents } = await convert(wf('', 'path: /tmp/x'), { source: 'cm.yaml' });
    expect(documents[0]?.error).toContain("argument 'message' takes its value from path, which tiphys has no form of (an argument may read a ConfigMap key only)");
  });
});
