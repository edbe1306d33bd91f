// How container paths are moved into a node's sandbox on this machine.
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/argo-model/generated/index.js';
import { pathMap } from '../../src/interp/local/host-paths.js';

const dirs = { base: '/s/n', root: '/s/n/root' };

const t: Template = {
  name: 't',
  container: { image: 'alpine', volumeMounts: [{ name: 'v', mountPath: '/data' }], workingDir: '/src' },
  inputs: { artifacts: [{ name: 'in', path: '/hello.json' }] },
  outputs: { parameters: [{ name: 'p', valueFrom: { path: '/mnt/out/result.txt' } }] },
};

describe('path mapping', () => {
  const m = pathMap(t, dirs);

  it('rewrites /tmp, declared directories, declared files\' directories and top-level files', () => {
    expect(m.rewrite('echo hi > /tmp/a; cat /hello.json; ls /data /src; mkdir -p /mnt/out && echo > /mnt/out/result.txt')).toBe(
      'echo hi > /s/n/root/tmp/a; cat /s/n/root/hello.json; ls /s/n/root/data /s/n/root/src; mkdir -p /s/n/root/mnt/out && echo > /s/n/root/mnt/out/result.txt',
    );
    expect(m.rewrite('cd /tmp')).toBe('cd /s/n/root/tmp');
    expect(m.rewrite("open('/tmp/x','w')")).toBe("open('/s/n/root/tmp/x','w')");
  });

  it('leaves paths alone that only contain a mapped root', () => {
    for (const text of ['/tmpfile', '$HOME/tmp/x', './tmp/x', 'file:///tmp/x', '/var/tmp/x', '/usr/bin/env', '/mnt/other', '/hello.jsonl'])
      expect(m.rewrite(text)).toBe(text);
  });

  it('maps declared paths to host paths; relative ones from the working directory', () => {
    expect(m.hostPath('/mnt/out/result.txt')).toBe('/s/n/root/mnt/out/result.txt');
    expect(m.hostPath('out.txt')).toBe('/s/n/root/src/out.txt');
    expect(m.cwd).toBe('/s/n/root/src');
    expect([...m.directories].sort()).toEqual(['/s/n/root/data', '/s/n/root/mnt/out', '/s/n/root/src', '/s/n/root/tmp']);
  });

  it('rewrites once: a host path under /tmp is not mapped again', () => {
    const deep = pathMap(t, { base: '/tmp/run/n', root: '/tmp/run/n/root' });
    expect(deep.rewrite('/tmp/a')).toBe('/tmp/run/n/root/tmp/a');
  });
});
