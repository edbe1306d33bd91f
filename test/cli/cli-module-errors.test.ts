import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const THROWS = 'test/fixtures/load/throwing-module.ts';

describe('an exception inside a user module', () => {
  it("is reported at the user's own file:line:col, without a stack", async () => {
    const r = await runCli(['build', THROWS, '--no-typecheck']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${THROWS}:6:9: threw while loading: Error: boom\n`);
  });

  it('shows the whole stack under --verbose', async () => {
    const r = await runCli(['build', THROWS, '--no-typecheck', '--verbose']);
    expect(r.code).toBe(1);
    const [first, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toBe(`${THROWS}:6:9: threw while loading: Error: boom`);
    expect(stack[0]).toBe('Error: boom');
    expect(stack.some((l) => l.includes('throwing-module.ts:6:9'))).toBe(true);
    expect(stack.some((l) => l.includes('throwing-module.ts:4:'))).toBe(true);
  });

  it('is located the same way by the real CLI process', async () => {
    const r = await promisify(execFile)(process.execPath, ['bin/tiphys.js', 'build', THROWS, '--no-typecheck']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(r).toMatchObject({ code: 1, stderr: `${THROWS}:6:9: threw while loading: Error: boom\n` });
  }, 120_000);
});
