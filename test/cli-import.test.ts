import { describe, expect, it } from 'vitest';
import { run as importCommand } from '../src/cli/import-command.js';
import { parseYaml } from '../src/argo-docs/yaml/parse-yaml.js';
import { runCli } from './support/run-cli.js';

const run = (...argv: string[]) => runCli(argv, {}, importCommand);

const FIXTURES = 'test/fixtures/yaml';

describe('tiphys import', () => {
  it('re-emits every document, noting the accepted quirk and the skipped kind', async () => {
    const r = await run(`${FIXTURES}/under-indented.yaml`);
    expect(r.code).toBe(0);
    const docs = parseYaml(r.stdout);
    expect(docs._tag === 'Right' && docs.right.documents.map((d) => d.data)).toEqual([
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Workflow',
        metadata: { generateName: 'quirk-' },
        spec: { entrypoint: 'main', templates: [{ name: 'main', container: { image: 'alpine:3.23', command: ['sh', '-c'], args: [' echo yes '] } }] },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: '0755' } },
    ]);
    expect(r.stderr).toContain(`warning: ${FIXTURES}/under-indented.yaml:14:7: this line continues a quoted string`);
    expect(r.stderr).toContain(`note: ${FIXTURES}/under-indented.yaml:16: ConfigMap (v1) is not an Argo workflow kind; skipped`);
  });

  it('refuses the quirk with --strict', async () => {
    const r = await run('--strict', `${FIXTURES}/under-indented.yaml`);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`1 problem:\n  - ${FIXTURES}/under-indented.yaml:14:7: this line continues a quoted string`);
  });

  it('lists every problem of every file, including unreadable ones, and exits 1', async () => {
    const r = await run(`${FIXTURES}/typo.yaml`, `${FIXTURES}/missing.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `2 problems:\n  - ${FIXTURES}/typo.yaml:9:5: Workflow/typo- › template 'main' › spec.templates[0].contaner: unknown field; did you mean "container"?\n`,
    );
    expect(r.stderr).toContain(`  - ${FIXTURES}/missing.yaml:1:1: cannot read the file: ENOENT`);
  });

  it('is a subcommand of the tiphys CLI', async () => {
    const typo = await runCli(['import', `${FIXTURES}/typo.yaml`]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(`spec.templates[0].contaner: unknown field; did you mean "container"?`);
    expect((await runCli(['import', '--strict', `${FIXTURES}/under-indented.yaml`])).code).toBe(1);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^  import +read Argo YAML into the typed model/m);
  });

  it('explains its usage', async () => {
    expect(await run()).toMatchObject({ code: 2, stderr: 'usage: tiphys import <file.yaml>... [--strict] [-o out.yaml]\n' });
    expect((await run('--bogus')).code).toBe(2);
  });
});
