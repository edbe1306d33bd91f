// Templates that run themselves, directly or through another template: `convert` writes them with the
// `self` their dag or steps body gets, and declares a template that runs one of them inside its body.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';

const workflow = (templates: string): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: rec-
spec:
  entrypoint: main
  templates:
${templates}`;

const PING = `  - name: ping
    steps:
    - - name: pong
        template: pong
  - name: pong
    dag:
      tasks:
      - name: ping
        template: ping
`;

describe('convert, recursion', () => {
  it('runs a template from its own body through self', async () => {
    const { code, documents } = await convert(
      workflow(`  - name: main
    steps:
    - - name: again
        template: main
`),
    );
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("const main = steps('main', (s, _, self) => {\n  s.step('again', self, {});\n});");
  });

  it('declares a template that runs its caller inside the caller, where self is', async () => {
    const { code, documents } = await convert(
      workflow(`  - name: main
    steps:
    - - name: ping
        template: ping
${PING}`),
    );
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("const ping = steps('ping', (s, _, self) => {\n  const pong = dag('pong', (d) => {\n    d.task('ping', self, {});\n  });");
  });

  it('says so when a template of a recursion is also called from outside it', async () => {
    const { documents } = await convert(
      workflow(`  - name: main
    steps:
    - - name: ping
        template: ping
    - - name: pong
        template: pong
${PING}`),
    );
    expect(documents[0]?.error).toContain(
      "template 'pong' runs 'ping', which runs it again, so it is written inside 'ping'; it is also called from elsewhere, which the converter cannot write yet",
    );
  });

  it('notes a template nothing of the workflow runs, which the built YAML leaves out', async () => {
    const { code } = await convert(
      workflow(`  - name: main
    container: {image: alpine}
  - name: spare
    container: {image: alpine}
`),
    );
    expect(code).toContain("// template 'spare' is run by nothing of the workflow: `tiphys build` writes the templates a workflow runs, so its YAML leaves it out");
  });
});
