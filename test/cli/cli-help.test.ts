import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/cli/main.js';
import { runCli } from '../support/run-cli.js';

describe('every command answers --help with its own usage', () => {
  it.each(commandNames)('%s --help and -h print its usage and exit 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([name, flag]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect(r.stdout).toContain(`tiphys ${name} `);
      expect(r.stdout).not.toContain('commands:');
    }
  });

  it.each(commandNames)('help %s prints the same usage as %s --help', async (name) => {
    const help = await runCli(['help', name]);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli([name, '--help'])).stdout);
  });

  it('help of an unknown command is a usage error', async () => {
    const r = await runCli(['help', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'nope'");
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
