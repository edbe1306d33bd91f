// `tiphys run`: a module or Argo YAML run on this machine, printed like `argo get`.
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';

const yaml = (templates: string, extra = ''): string => `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata: { name: w }
spec:
  entrypoint: main
${extra}  templates:
${templates}`;

describe('tiphys run', () => {
  it(
    'runs the diamond with --host: one line per change, then the tree, every node Succeeded, exit 0',
    async () => {
      const r = await runCli(['run', 'examples/dag-diamond.ts', '--host']);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const [changes, summary] = r.stdout.split('\n\n');
      const lines = changes?.split('\n') ?? [];
      // B and C are real processes running side by side: either may end first.
      expect([...lines.slice(0, 4), ...lines.slice(4, 6).sort(), ...lines.slice(6)]).toEqual([
        'dag-diamond-local A Running',
        'dag-diamond-local A Succeeded',
        'dag-diamond-local B Running',
        'dag-diamond-local C Running',
        'dag-diamond-local B Succeeded',
        'dag-diamond-local C Succeeded',
        'dag-diamond-local D Running',
        'dag-diamond-local D Succeeded',
        'dag-diamond-local Succeeded',
      ]);
      expect(summary).toBe('Name:       dag-diamond-local\nStatus:     Succeeded\nDuration:   0s');
      expect(r.stdout).toContain(
        [
          'STEP                 TEMPLATE  PHASE      DURATION  MESSAGE',
          '✔ dag-diamond-local  diamond   Succeeded  0s',
          '├─✔ A                echo      Succeeded  0s',
          '├─✔ B                echo      Succeeded  0s',
          '├─✔ C                echo      Succeeded  0s',
          '└─✔ D                echo      Succeeded  0s',
        ].join('\n'),
      );
    },
    PROCESS_TEST_MS,
  );

  it(
    'on a terminal redraws the tree instead of printing lines',
    async () => {
      const r = await runCli(['run', 'examples/dag-diamond.ts', '--host'], { isTTY: true });
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('\x1b[H\x1b[2J')).toBe(true);
      expect(r.stdout).not.toContain('A Running');
      expect(r.stdout).toContain('└─✔ D');
      const ci = await runCli(['run', 'examples/dag-diamond.ts', '--host'], { isTTY: true, env: { CI: 'true' } });
      expect(ci.stdout).toContain('dag-diamond-local A Running\n');
    },
    PROCESS_TEST_MS,
  );

  it('without --host or a mock, each leaf says how it could run, and the run exits 1', async () => {
    const r = await runCli(['run', 'examples/dag-diamond.ts']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'dag-diamond-local A Error: Template "echo" has no way to run locally: give it a mock (mocks: { \'echo\': { result: \'...\' } }, or --mock file.json)',
    );
    expect(r.stdout).toContain('Status:     Error');
  });

  it(
    'runs Argo YAML with -p and --mock, printing the outputs; a failure exits 1',
    async () => {
      const files = tempFiles('tiphys-run-cli-');
      const wf = files.file(
        'w.yaml',
        yaml(
          `  - name: main
    inputs: { parameters: [{ name: who }] }
    steps:
    - - { name: flip, template: flip }
    - - { name: say, template: say, arguments: { parameters: [{ name: m, value: '{{inputs.parameters.who}} got {{steps.flip.outputs.result}}' }] } }
    outputs: { parameters: [{ name: said, valueFrom: { parameter: '{{steps.say.outputs.result}}' } }] }
  - name: flip
    script: { image: python:alpine3.6, command: [python], source: 'print("heads")' }
  - name: say
    inputs: { parameters: [{ name: m }] }
    container: { image: argoproj/argosay:v2, args: [echo, '{{inputs.parameters.m}}'] }
`,
          '  arguments: { parameters: [{ name: who, value: nobody }] }\n',
        ),
      );
      const mocks = files.file('mocks.json', '{ "flip": { "result": "tails" } }');
      const ok = await runCli(['run', wf, '-p', 'who=ann', '--host', '--mock', mocks]);
      expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
      expect(ok.stdout).toContain('output said = "ann got tails"\n');
      const failing = files.file('f.yaml', yaml(`  - name: main\n    container: { image: argoproj/argosay:v2, args: [exit, '3'] }\n`));
      const failed = await runCli(['run', failing, '--host']);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('w Failed: Error (exit code 3)\n');
    },
    PROCESS_TEST_MS,
  );

  it('reports a bad mock file, a bad -p, a missing file and wrong usage', async () => {
    const files = tempFiles('tiphys-run-cli-');
    const bad = files.file('m.json', '{ "echo": { "phase": "Broken" } }');
    expect(await runCli(['run', 'examples/dag-diamond.ts', '--mock', bad])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${bad}: mock "echo".phase: expected one of Succeeded, Failed, Error, got "Broken".\n`,
    });
    const p = await runCli(['run', 'examples/dag-diamond.ts', '-p', 'novalue']);
    expect(p).toMatchObject({ code: 1, stdout: '' });
    expect(p.stderr).toContain('-p novalue: expected name=value.');
    const missing = await runCli(['run', 'nope.ts']);
    expect(missing).toMatchObject({ code: 1, stderr: 'nope.ts: 1 problem:\n  - nope.ts: no such file\n' });
    expect((await runCli(['run'])).code).toBe(2);
    expect((await runCli(['run', 'a.yaml', '--export', 'x'])).code).toBe(2);
  });
});
