// Leaves run on this machine (`host: true`): real sh, bash, node and python3 processes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/argo-model/generated/index.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import { PROCESS_TEST_MS } from '../support/process-timeouts.js';
import { freshStore, leafRequest } from './leaf-request.js';

const onPath = (program: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const host = () => createLeafRunner({ store: freshStore(), host: true });

const script = (name: string, command: string, source: string, extra: Partial<Template> = {}): Template => ({
  name,
  script: { image: 'alpine', command: [command], source },
  ...extra,
});

describe('host execution: scripts', () => {
  it(
    'runs an sh script; stdout less one trailing newline is the result, the exit code is recorded',
    async () => {
      const r = await host()(leafRequest(script('hello', 'sh', 'echo hello\necho world\n')));
      expect(r).toEqual({ phase: 'Succeeded', outputs: { parameters: {}, artifacts: {}, result: 'hello\nworld', exitCode: '0' } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'drops only one trailing newline, as Argo does',
    async () => {
      const r = await host()(leafRequest(script('blank', 'sh', 'printf "x\\n\\n"')));
      expect(r.outputs.result).toBe('x\n');
    },
    PROCESS_TEST_MS,
  );

  it(
    'keeps the last 256 kB of stdout as the result, as Argo does',
    async () => {
      const r = await host()(leafRequest(script('big', 'node', 'process.stdout.write("a".repeat(300 * 1024) + "end")')));
      expect(r.outputs.result?.length).toBe(256 * 1024);
      expect(r.outputs.result?.endsWith('aend')).toBe(true);
    },
    PROCESS_TEST_MS,
  );

  it(
    'runs bash and node scripts, and python3 when this machine has it',
    async () => {
      const run = host();
      const bash = await run(leafRequest(script('b', 'bash', 'a=(1 2 3); echo ${#a[@]}')));
      expect(bash.outputs.result).toBe('3');
      const node = await run(leafRequest(script('n', 'node', 'console.log([1, 2, 3].map((x) => x * 2).join(","))')));
      expect(node.outputs.result).toBe('2,4,6');
      if (onPath('python3')) {
        const py = await run(leafRequest(script('p', 'python', 'import sys\nprint(sys.version_info[0] * 10)')));
        expect(py.outputs.result).toBe('30');
      }
    },
    PROCESS_TEST_MS,
  );

  it(
    'an output parameter given as a value (no valueFrom.path) keeps its value, as Argo\'s executor does',
    async () => {
      const t: Template = { ...script('valued', 'sh', 'true'), outputs: { parameters: [{ name: 'v', value: 'given' }] } };
      expect(await host()(leafRequest(t))).toMatchObject({ phase: 'Succeeded', outputs: { parameters: { v: 'given' } } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'stages the script executable, as Argo does, so `sh -c <script>` runs it',
    async () => {
      const t: Template = { name: 'x', script: { image: 'alpine', command: ['sh', '-c'], source: 'echo ran' } };
      expect(await host()(leafRequest(t))).toMatchObject({ phase: 'Succeeded', outputs: { result: 'ran' } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'starts in the container\'s / without a workingDir, so a relative file is the absolute path outputs name',
    async () => {
      const t: Template = {
        ...script('rel', 'sh', 'echo Welcome > result.txt'),
        outputs: { parameters: [{ name: 'r', valueFrom: { path: '/result.txt' } }] },
      };
      expect(await host()(leafRequest(t))).toMatchObject({ phase: 'Succeeded', outputs: { parameters: { r: 'Welcome' } } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'runs a script with no source (which Argo accepts) as an empty script file after its args',
    async () => {
      const t = { name: 'nosource', script: { image: 'alpine', command: ['sh', '-c'], args: ['echo "[]"'] } } as unknown as Template;
      expect(await host()(leafRequest(t))).toMatchObject({ phase: 'Succeeded', outputs: { result: '[]' } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'appends the script file after the args, as Argo does (`sh -e script`)',
    async () => {
      const t: Template = { name: 'args', script: { image: 'alpine', command: ['sh'], args: ['-e'], source: 'echo before; false; echo after' } };
      const r = await host()(leafRequest(t));
      expect(r).toMatchObject({ phase: 'Failed', outputs: { result: 'before', exitCode: '1' } });
    },
    PROCESS_TEST_MS,
  );

  it(
    'a non-zero exit fails the node with Argo\'s message, keeping stdout and the exit code',
    async () => {
      const r = await host()(leafRequest(script('fail', 'sh', 'echo partial; exit 3')));
      expect(r).toEqual({
        phase: 'Failed',
        message: 'Error (exit code 3)',
        outputs: { parameters: {}, artifacts: {}, result: 'partial', exitCode: '3' },
      });
    },
    PROCESS_TEST_MS,
  );
});

describe('host execution: containers', () => {
  it(
    'runs command + args; env values are set',
    async () => {
      const t: Template = {
        name: 'echo',
        container: { image: 'busybox', command: ['sh', '-c'], args: ['echo "$GREETING $0"', 'world'], env: [{ name: 'GREETING', value: 'hi' }] },
      };
      expect((await host()(leafRequest(t))).outputs.result).toBe('hi world');
    },
    PROCESS_TEST_MS,
  );

  it(
    'a container without a command cannot run here: Error naming the template and what to do',
    async () => {
      const r = await host()(leafRequest({ name: 'whalesay', container: { image: 'docker/whalesay' } }));
      expect(r.phase).toBe('Error');
      expect(r.message).toBe(
        'Template "whalesay" has no command: its image\'s entrypoint cannot run on this machine. Give it a command, a mock or an implementation.',
      );
    },
    PROCESS_TEST_MS,
  );

  it(
    'a program this machine does not have: Error naming it and the template',
    async () => {
      const r = await host()(leafRequest({ name: 'cow', container: { image: 'docker/whalesay', command: ['cowsay-not-here'] } }));
      expect(r.phase).toBe('Error');
      expect(r.message).toBe(
        'Template "cow": cowsay-not-here: not found on this machine. Install it, or mock the template or give it an implementation.',
      );
    },
    PROCESS_TEST_MS,
  );
});

describe('host execution: files', () => {
  it(
    'maps /tmp into the node\'s sandbox and reads output parameters from valueFrom.path, less one newline',
    async () => {
      const t = script('out', 'sh', 'echo 42 > /tmp/n.txt; ls /tmp', {
        outputs: { parameters: [{ name: 'n', valueFrom: { path: '/tmp/n.txt' } }] },
      });
      const r = await host()(leafRequest(t));
      expect(r.phase).toBe('Succeeded');
      expect(r.outputs.parameters).toEqual({ n: '42' });
      // The sandbox's /tmp holds only what this step wrote.
      expect(r.outputs.result).toBe('n.txt');
      expect(existsSync('/tmp/n.txt') && readFileSync('/tmp/n.txt', 'utf8') === '42\n').toBe(false);
    },
    PROCESS_TEST_MS,
  );

  it(
    'a missing output parameter file is an Error naming the output and path; valueFrom.default replaces it',
    async () => {
      const missing = await host()(
        leafRequest(script('gen', 'sh', 'true', { outputs: { parameters: [{ name: 'hello-param', valueFrom: { path: '/tmp/hello_world.txt' } }] } })),
      );
      expect(missing.phase).toBe('Error');
      expect(missing.message).toBe(
        'Template "gen": output parameter "hello-param": open /tmp/hello_world.txt: no such file or directory, and it has no valueFrom.default.',
      );
      const defaulted = await host()(
        leafRequest(
          script('gen', 'sh', 'true', {
            outputs: { parameters: [{ name: 'hello-param', valueFrom: { path: '/tmp/hello_world.txt', default: 'none\n' } }] },
          }),
        ),
      );
      expect(defaulted.phase).toBe('Succeeded');
      expect(defaulted.outputs.parameters).toEqual({ 'hello-param': 'none' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'paths outside /tmp that the template declares are mapped too, in python sources',
    async () => {
      if (!onPath('python3')) return;
      const t = script('py', 'python3', "import os\nos.makedirs('/mnt/out', exist_ok=True)\nopen('/mnt/out/v.txt', 'w').write('from python')", {
        outputs: { parameters: [{ name: 'v', valueFrom: { path: '/mnt/out/v.txt' } }] },
      });
      const r = await host()(leafRequest(t));
      expect(r.outputs.parameters).toEqual({ v: 'from python' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'relative output paths are read from the step\'s working directory',
    async () => {
      const t = script('rel', 'sh', 'echo here > out.txt', { outputs: { parameters: [{ name: 'o', valueFrom: { path: 'out.txt' } }] } });
      expect((await host()(leafRequest(t))).outputs.parameters).toEqual({ o: 'here' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'output artifacts (files and directories) are copied into the run\'s store; a missing one is an Error unless optional',
    async () => {
      const store = freshStore();
      const run = createLeafRunner({ store, host: true });
      const t = script('art', 'sh', 'echo file > /tmp/f.txt; mkdir -p /tmp/d/sub; echo deep > /tmp/d/sub/x', {
        outputs: {
          artifacts: [
            { name: 'f', path: '/tmp/f.txt' },
            { name: 'd', path: '/tmp/d' },
            { name: 'absent', path: '/tmp/nothing', optional: true },
          ],
        },
      });
      const r = await run(leafRequest(t));
      expect(r.phase).toBe('Succeeded');
      expect(Object.keys(r.outputs.artifacts).sort()).toEqual(['d', 'f']);
      expect(r.outputs.artifacts['f']!.path.startsWith(store)).toBe(true);
      expect(readFileSync(r.outputs.artifacts['f']!.path, 'utf8')).toBe('file\n');
      expect(readFileSync(join(r.outputs.artifacts['d']!.path, 'sub', 'x'), 'utf8')).toBe('deep\n');
      const missing = await run(leafRequest(script('art2', 'sh', 'true', { outputs: { artifacts: [{ name: 'f', path: '/tmp/f.txt' }] } })));
      expect(missing.phase).toBe('Error');
      expect(missing.message).toBe('Template "art2": output artifact "f": /tmp/f.txt does not exist, and the artifact is not optional.');
    },
    PROCESS_TEST_MS,
  );

  it(
    'input artifacts are placed at their path: given ones, raw data, with mode',
    async () => {
      const store = freshStore();
      const given = join(store, 'given');
      mkdirSync(given);
      writeFileSync(join(given, 'a.txt'), 'from a dir');
      const t = script('in', 'sh', 'cat /src/a.txt; echo; cat /tmp/raw.txt; echo; stat -c %a /tmp/raw.txt', {
        inputs: {
          artifacts: [
            { name: 'code', path: '/src' },
            { name: 'raw', path: '/tmp/raw.txt', raw: { data: 'raw text' }, mode: 0o600 },
          ],
        },
      });
      const r = await createLeafRunner({ store, host: true })(leafRequest(t, { artifacts: { code: { path: given } } }));
      expect(r.outputs.result).toBe('from a dir\nraw text\n600');
    },
    PROCESS_TEST_MS,
  );

  it(
    'an input artifact with no value, or from a repository, is an Error naming it',
    async () => {
      const none = await host()(leafRequest(script('in', 'sh', 'true', { inputs: { artifacts: [{ name: 'x', path: '/tmp/x' }] } })));
      expect(none.message).toBe('Template "in": input artifact "x" has no value: no argument, no raw data, and it is not optional.');
      const s3 = await host()(
        leafRequest(script('in', 'sh', 'true', { inputs: { artifacts: [{ name: 'x', path: '/tmp/x', s3: { key: 'k' } }] } })),
      );
      expect(s3.message).toBe(
        'Template "in": input artifact "x" comes from s3, which a local run does not fetch; pass it as an argument from another step, or mock the template.',
      );
      const optional = await host()(
        leafRequest(script('in', 'sh', 'test -e /tmp/x || echo absent', { inputs: { artifacts: [{ name: 'x', path: '/tmp/x', optional: true }] } })),
      );
      expect(optional.outputs.result).toBe('absent');
    },
    PROCESS_TEST_MS,
  );

  it(
    'each attempt has its own sandbox',
    async () => {
      const store = freshStore();
      const run = createLeafRunner({ store, host: true });
      const t = script('count', 'sh', 'echo x >> /tmp/log; wc -l < /tmp/log');
      expect((await run(leafRequest(t, { attempt: 0 }))).outputs.result?.trim()).toBe('1');
      expect((await run(leafRequest(t, { attempt: 1 }))).outputs.result?.trim()).toBe('1');
      expect(statSync(join(store, 'nodes')).isDirectory()).toBe(true);
    },
    PROCESS_TEST_MS,
  );
});

describe('host execution: abort', () => {
  it(
    'kills the process and what it started when the signal fires',
    async () => {
      const controller = new AbortController();
      const started = Date.now();
      const pending = host()(leafRequest(script('sleepy', 'sh', 'sleep 60 & wait'), { signal: controller.signal }));
      setTimeout(() => controller.abort('activeDeadlineSeconds exceeded'), 300);
      const r = await pending;
      expect(r.phase).toBe('Failed');
      expect(r.message).toBe('activeDeadlineSeconds exceeded');
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    PROCESS_TEST_MS,
  );
});
