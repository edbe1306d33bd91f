// `dag.target` converts to `d.target(...)`: task names become the handles of those tasks, anything else
// (a global, a name the dag lacks) stays text for Argo to fill in or the build to report.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const targeted = (target: string, args = ''): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: t-
spec:
  entrypoint: main
${args}  templates:
  - name: main
    dag:
      target: "${target}"
      tasks:
      - {name: A, template: hi}
      - {name: B, template: hi, depends: A}
      - {name: C, template: hi}
  - name: hi
    container: {image: busybox}
`;

describe('convert, dag.target', () => {
  it('names the targets by their task handles, binding tasks nothing else reads', async () => {
    const { code, documents } = await convert(targeted('B C'));
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("const c2 = d.task('C', hi, {});\n  d.target([b, c2]);\n});");
  });

  it('keeps a name that is no task of the dag as text', async () => {
    const { code } = await convert(targeted('A Z'));
    expect(code).toContain("d.target([a, 'Z']);");
  });

  it('reads a global through its ref', async () => {
    const { code } = await convert(targeted('{{workflow.parameters.target}} C', '  arguments:\n    parameters: [{name: target, value: B}]\n'));
    expect(code).toContain('d.target(`${g.target} C`);');
  });
});
