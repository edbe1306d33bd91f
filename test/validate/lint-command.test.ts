import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { run, runLint } from '../../src/cli/lint-command.js';
import { ARGO_EXAMPLES } from '../support/vendored-argo.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));


const fakeIo = (): CliIo & { readonly out: Array<string>; readonly err: Array<string> } => {
  const out: Array<string> = [];
  const err: Array<string> = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), env: {}, isTTY: false };
};

describe('tiphys lint', () => {
  it('passes a clean directory (recursively, multi-document), resolving templateRefs across files and skipping other kinds', async () => {
    const io = fakeIo();
    expect(await run([`${FIXTURES}lint`], io)).toBe(0);
    expect(io.err.join('')).toContain(
      'good.yaml:2: note: ConfigMap/settings: ConfigMap (v1) is not an Argo workflow kind; skipped',
    );
    expect(io.out.join('')).toBe('no problems found in 2 document(s) of 2 file(s) (1 skipped)\n');
  });

  it('reports each problem as file:line:col document template task field: message, and exits 1', async () => {
    const io = fakeIo();
    const file = `${FIXTURES}lint-bad.yaml`;
    expect(await run([file], io)).toBe(1);
    expect(io.out).toEqual([
      `${file}:10:7 Workflow/broken- main spec.templates[0].dag.tasks: templates.main.tasks dependency cycle detected: a -> b -> a; remove one of these dependencies (dag-cycle)\n`,
      `${file}:20:14 Workflow/broken- leaf spec.templates[1].container.args[0]: failed to resolve {{inputs.parameters.msg}}: declare 'msg' under inputs.parameters of template 'leaf' (variables)\n`,
      '2 problem(s) in 1 of 1 document(s) of 1 file(s)\n',
    ]);
  });

  it("checks a WorkflowEventBinding with its own rules: a selector, each argument a value or valueFrom.event", async () => {
    const io = fakeIo();
    const file = `${FIXTURES}lint-bad-binding.yaml`;
    expect(await run([file], io)).toBe(1);
    expect(io.out).toEqual([
      `${file}:7:5 WorkflowEventBinding/bad spec.event.selector: the binding needs an event selector, an expression over the event such as 'payload.message != ""' (it is empty) (event-binding)\n`,
      `${file}:13:11 WorkflowEventBinding/bad spec.submit.arguments.parameters[0]: argument 'a' needs a value or valueFrom.event (an expression over the event, such as payload.a) (argument-value)\n`,
      '2 problem(s) in 1 of 1 document(s) of 1 file(s)\n',
    ]);
  });

  it('reports unknown fields and wrong types from the Argo model next to the rules, each problem once', async () => {
    const io = fakeIo();
    const file = `${FIXTURES}lint-model.yaml`;
    expect(await run([file], io)).toBe(1);
    expect(io.out).toEqual([
      `${file}:8:5 Workflow/typo- main spec.templates[0]: template 'main' has no template type; add exactly one of: container, containerSet, steps, script, resource, dag, suspend, data, http, plugin (template-type)\n`,
      `${file}:9:5 Workflow/typo- main spec.templates[0].contaner: unknown field; did you mean "container"?\n`,
      // The timeout rule finds the same wrong type; it is told once.
      `${file}:12:5 Workflow/typo- slow spec.templates[1].timeout: expected a string, got the integer 30\n`,
      '3 problem(s) in 1 of 1 document(s) of 1 file(s)\n',
    ]);
  });

  it('documents that are not manifests, or lack a kind, are problems with their position', async () => {
    const io = fakeIo();
    const file = `${FIXTURES}lint-odd-documents.yaml`;
    expect(await run([file], io)).toBe(1);
    expect(io.out).toEqual([
      `${file}:1:1 document 1: expected a Kubernetes manifest (a map with apiVersion and kind)\n`,
      `${file}:4:1 document 2 kind: missing kind; expected one of Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow\n`,
      `${file}:8:1 WorkflowTemplat/lib kind: unknown Argo kind "WorkflowTemplat"; did you mean "WorkflowTemplate"?\n`,
      '3 problem(s) in 3 of 3 document(s) of 1 file(s)\n',
    ]);
  });

  it('YAML nested deeper than the reader allows is an error with its position, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiphys-lint-'));
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, `a:\n${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i + 1)}b:\n`).join('')}`);
    const io = fakeIo();
    expect(await run([file], io)).toBe(1);
    expect(io.out[0]).toBe(`${file}:201:401: error: invalid YAML: nesting is deeper than 200 levels; flatten the document\n`);
  });

  it('without the library file the templateRef cannot be checked offline and is accepted', async () => {
    const io = fakeIo();
    expect(await run([`${FIXTURES}lint/good.yaml`], io)).toBe(0);
  });

  it('unreadable YAML is reported with its line and fails the run', async () => {
    const io = fakeIo();
    const file = `${FIXTURES}lint-broken-yaml.yaml`;
    expect(await run([file], io)).toBe(1);
    expect(io.out[0]).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[67]:\\d+: error: invalid YAML: `),
    );
  });

  it('a missing file is an error, not a crash', async () => {
    const io = fakeIo();
    expect(await run([`${FIXTURES}nope.yaml`], io)).toBe(1);
    expect(io.err.join('')).toContain('nope.yaml: error: cannot read');
  });

  it('usage errors exit 2', async () => {
    const io = fakeIo();
    expect(await run([], io)).toBe(2);
    expect(io.err.join('')).toContain('usage: tiphys lint');
    expect(await run(['--strict', 'x.yaml'], fakeIo())).toBe(2);
    const help = fakeIo();
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out.join('')).toContain('Exit status');
  });

  it('hands other file kinds to a module loader (as the lead does for .ts modules)', async () => {
    const io = fakeIo();
    const loaded: Array<string> = [];
    const code = await runLint([`${FIXTURES}lint-bad.yaml`], io, {
      moduleExtensions: ['.yaml'],
      loadModule: async (path) => {
        loaded.push(path);
        return [
          {
            source: path,
            doc: {
              apiVersion: 'argoproj.io/v1alpha1',
              kind: 'Workflow',
              metadata: { name: 'From-TS' },
              spec: { entrypoint: 'm', templates: [{ name: 'm', container: { image: 'b' } }] },
            },
          },
        ];
      },
    });
    expect(loaded).toEqual([`${FIXTURES}lint-bad.yaml`]);
    expect(code).toBe(1);
    expect(io.out[0]).toContain(
      `${FIXTURES}lint-bad.yaml Workflow/From-TS metadata.name: metadata.name "From-TS" is not a valid Kubernetes name`,
    );
  });

  it(
    'lints the whole upstream examples folder clean (WorkflowEventBindings included), skipping non-Argo kinds with a note',
    async () => {
      const io = fakeIo();
      expect(await run([ARGO_EXAMPLES], io)).toBe(0);
      const notes = io.err.join('');
      expect(notes).toContain(
        'PersistentVolumeClaim/my-existing-volume: PersistentVolumeClaim (v1) is not an Argo workflow kind; skipped',
      );
      expect(notes).not.toContain('WorkflowEventBinding');
      expect(io.out.join('')).toMatch(/^no problems found in 1\d\d document\(s\) of 17\d file\(s\) \(\d+ skipped\)\n$/);
    },
  );
});
