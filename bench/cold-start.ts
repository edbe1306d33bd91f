/**
 * Cold-start bench: wall time of whole CLI processes, `tiphys build examples/dag-diamond.ts` (compiled
 * CLI from dist/, tsx for the example) next to Node's own start-up and `tiphys --help`, median of N runs
 * after one warm-up run (which fills tsx's transform cache, as any second build would find it), and the
 * CPU time of every Node process a run starts (all threads), which a loaded machine inflates far less.
 * Run alone with `npx tsx bench/cold-start.ts [runs]` after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { markdownTable, ms } from './markdown-table.js';
import { median } from './measure.js';

const ROOT = new URL('..', import.meta.url).pathname;
const EXAMPLE = 'examples/dag-diamond.ts';
const TARGET_MS = 400;

export interface ColdStartRow {
  readonly label: string;
  readonly medianMs: number;
  readonly cpuMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

export interface ColdStartReport {
  readonly rows: ReadonlyArray<ColdStartRow>;
  /** Whether `build` type-checks (the `--no-typecheck` flag exists): the target is for a build without it. */
  readonly typechecks: boolean;
}

const CPU_MARK = 'tiphys-bench-cpu-us';
/** Makes every Node process (npx's too) print its CPU time, all threads, on exit. No spaces: NODE_OPTIONS splits on them. */
const REPORT_CPU = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\n${CPU_MARK}%20'+Object.values(process.cpuUsage()).reduce((a,b)=>a+b)+'\\n'))`;

const spawn = (command: string, args: ReadonlyArray<string>) =>
  spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${REPORT_CPU}` },
  });

const cpuMsOf = (stderr: string): number =>
  [...stderr.matchAll(new RegExp(`^${CPU_MARK} (\\d+)$`, 'gm'))].reduce((sum, m) => sum + Number(m[1]) / 1000, 0);

/** Times `runs` runs of one command; throws if a run fails or prints other than `expect` says. */
const time = (label: string, command: string, args: ReadonlyArray<string>, runs: number, expect: (stdout: string) => boolean): ColdStartRow => {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const r = spawn(command, args);
    const t = performance.now() - t0;
    if (r.status !== 0 || !expect(r.stdout)) {
      throw new Error(`cold-start bench: \`${command} ${args.join(' ')}\` exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
    }
    if (i > 0) times.push(t);
    if (i > 0) cpu.push(cpuMsOf(r.stderr));
  }
  return { label, medianMs: median(times), cpuMs: median(cpu), minMs: Math.min(...times), maxMs: Math.max(...times), runs };
};

const node = process.execPath;
const isYaml = (s: string): boolean => s.includes('generateName: dag-diamond-');
const any = (): boolean => true;

export const runColdStart = (runs = 15): ColdStartReport => {
  const probe = spawn(node, ['bin/tiphys.js', 'build', '--help']);
  const typechecks = `${probe.stdout}${probe.stderr}`.includes('--no-typecheck');
  const noCheck = typechecks ? ['--no-typecheck'] : [];
  const hasVersion = spawn(node, ['bin/tiphys.js', '--version']).status === 0;
  const build = ['bin/tiphys.js', 'build', EXAMPLE];
  const rows: ColdStartRow[] = [
    time('`node -e 0` (Node start-up)', node, ['-e', '0'], runs, any),
    time('`tiphys --help`', node, ['bin/tiphys.js', '--help'], runs, any),
    ...(hasVersion ? [time('`tiphys --version`', node, ['bin/tiphys.js', '--version'], runs, any)] : []),
    time(`**\`tiphys build ${EXAMPLE}${typechecks ? ' --no-typecheck' : ''}\`**`, node, [...build, ...noCheck], runs, isYaml),
    ...(typechecks ? [time(`\`tiphys build ${EXAMPLE}\` (type-checks)`, node, build, runs, isYaml)] : []),
    time(`\`npx tiphys build ${EXAMPLE}${typechecks ? ' --no-typecheck' : ''}\``, 'npx', ['--no', '--', 'tiphys', 'build', EXAMPLE, ...noCheck], runs, isYaml),
  ];
  return { rows, typechecks };
};

export const coldStartTable = (report: ColdStartReport): string =>
  markdownTable(
    ['command', 'runs', 'median ms', 'min ms', 'max ms', 'CPU ms (median)'],
    report.rows.map((r) => [r.label, String(r.runs), ms(r.medianMs), ms(r.minMs), ms(r.maxMs), ms(r.cpuMs)]),
  );

export const coldStartVerdicts = (report: ColdStartReport): ReadonlyArray<string> => {
  const build = report.rows.find((r) => r.label.startsWith('**'));
  return [
    ...(build === undefined
      ? []
      : [
          `\`node bin/tiphys.js build\` (no type-check): median ${ms(build.medianMs)} ms wall (${ms(build.cpuMs)} ms CPU), ` +
            `target ≤ ${TARGET_MS} ms: ${build.medianMs <= TARGET_MS ? 'met' : 'MISSED'} at load average ${loadavg()[0]?.toFixed(1)}`,
        ]),
    ...(report.typechecks ? [] : ['`build` has no `--no-typecheck` flag in this version: it does not type-check, so there is no type-checked row.']),
    'Hera (`python wf.py` printing the same workflow\'s YAML): **not measured here** (PyPI unreachable).',
  ];
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = runColdStart(Number(process.argv[2] ?? 15));
  console.log(coldStartTable(report));
  console.log(coldStartVerdicts(report).map((v) => `- ${v}`).join('\n'));
}
