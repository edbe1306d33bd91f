// `tiphys build` on a module of `fn` templates, loaded through tsx as users' modules are: the function's
// compiled text runs in the pod, and a captured name fails the build naming the template and the name.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { argo } from '../../src/index.js';
import { PROCESS_RUN_MS, PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { runInPod } from './run-in-pod.js';

const build = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/tiphys.js', 'build', 'test/fixtures/fn-workflows.ts', '--no-typecheck', ...args], { timeout: PROCESS_RUN_MS }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('tiphys build with fn templates', () => {
  it('renders a script that runs the tsx-compiled function', { timeout: PROCESS_TEST_MS }, async () => {
    const built = await build('--export', 'selfContained');
    expect(built).toMatchObject({ code: 0, stderr: '' });
    const wf = parse(built.stdout) as argo.Workflow;
    const template = wf.spec.templates?.find((x) => x.name === 'words');
    expect(template?.script?.source).toContain('__name(');
    expect(await runInPod(template!, { text: 'one three fifteen' })).toEqual({ code: 0, stderr: '', outputs: { count: '3', longest: 'fifteen' } });
  });

  it('fails on a captured name, naming the template and the name', { timeout: PROCESS_TEST_MS }, async () => {
    const built = await build('--export', 'capturing');
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(
      "template 'words' › fn: the function reads 'minimum' from outside itself, which does not exist in the pod; declare it inside the function or pass it as an input",
    );
  });
});
