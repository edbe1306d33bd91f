// `tiphys stub --server` and `tiphys lint --server` on stubs, against the fixture Argo Server.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArgoServerFixture } from '../fixtures/argo-server.js';
import { runCli } from '../support/run-cli.js';
import { tempFiles } from '../support/temp-files.js';
import { useFixture } from './submit-test-kit.js';

const STUBS = 'test/fixtures/stubs/typed-library.stub.ts';
const { file } = tempFiles('tiphys-stub-server-');

describe('stubs against a cluster', () => {
  let fx!: ArgoServerFixture;
  useFixture((f) => (fx = f));
  const cli = (...argv: ReadonlyArray<string>) => runCli(argv, { env: { ARGO_SERVER: fx.address, ARGO_SECURE: 'false' } });

  it('stub --server writes the module of the live template; lint --server reports it stale once the template changes', async () => {
    expect((await cli('template', 'create', 'test/fixtures/stubs/typed-library.yaml')).stdout).toBe("ClusterWorkflowTemplate 'ci-lib' created\n");
    const out = file('lib.ts', '');
    const stub = await cli('stub', '--server', 'clusterworkflowtemplate/ci-lib', '-o', out);
    expect(stub).toMatchObject({ code: 0, stderr: '' });
    // The same module as from the YAML, but for the line naming where it came from.
    const golden = readFileSync(STUBS, 'utf8').split('\n').slice(1);
    expect(readFileSync(out, 'utf8').split('\n').slice(1)).toEqual(golden);

    const fresh = await cli('lint', STUBS, '--server');
    expect(fresh).toMatchObject({ code: 0, stdout: `${STUBS}#ciLib: matches ClusterWorkflowTemplate 'ci-lib' in the cluster\n` });
    const changed = readFileSync('test/fixtures/stubs/typed-library.yaml', 'utf8').replace('            default: "3"\n', '            default: "3"\n          - name: arch\n            default: amd64\n');
    const updated = await cli('template', 'update', file('changed.yaml', changed));
    expect(updated.stderr).toBe('');
    const stale = await cli('lint', STUBS, '--server');
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`${STUBS}#ciLib: template 'build' input 'arch': was added (string); the stub does not declare it\n`);
    expect((await cli('template', 'delete', 'ci-lib', '--cluster')).code).toBe(0);
    expect((await cli('lint', STUBS, '--server')).stdout).toContain("ClusterWorkflowTemplate 'ci-lib': is not in the cluster");
  }, 60_000);

  it('stub --server takes kind/NAME references only', async () => {
    const r = await cli('stub', '--server', 'workflow/x');
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining("--server takes workflowtemplate/NAME or clusterworkflowtemplate/NAME, not 'workflow/x'") });
    expect(fx.requests).toHaveLength(0);
  });
});
