/**
 * Type-level cost: how `tsc` scales with the size of a typed workflow. For each N it writes into
 * `bench/generated/` an N-task chained dag in two layouts (one callback; helpers of 100 tasks) and the
 * untyped equivalent (the same manifest as a plain object literal), then runs
 * `tsc --noEmit --extendedDiagnostics` on each. Run alone with `npx tsx bench/type-cost.ts [sizes...]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Workflow } from '../src/index.js';
import { chainWorkflow, chunkedSource, singleBodySource, untypedSource } from './chain-source.js';
import { markdownTable, ratio } from './markdown-table.js';
import { renderUnchecked } from './render-unchecked.js';

const GENERATED = new URL('./generated/', import.meta.url);
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** Tasks per helper function in the chunked layout. */
const CHUNK = 100;
/** One tsc run may not take longer than this; a hang is reported, not waited for. */
const TSC_TIMEOUT_MS = 240_000;
/**
 * Runs tsc in this node process and prints its CPU time at exit. On a shared machine wall times swing
 * 2× from run to run; CPU time much less, so ratios are taken on it.
 */
const TSC_WITH_CPU = `
const [tsc, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], tsc, ...args];
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stdout.write('\\nCPU time: ' + ((u.user + u.system) / 1e6).toFixed(2) + 's\\n');
});
require(tsc);`;

export type Layout = 'untyped' | 'typed, one callback' | `typed, helpers of ${number}`;

export interface TscResult {
  /** `ok`, or what went wrong: `TS2589`, `crash: ...`, `timeout`, `N errors`. */
  readonly status: string;
  readonly checkS: number;
  readonly totalS: number;
  /** CPU time of the whole tsc process (start-up, parse, bind, check), user + system. */
  readonly cpuS: number;
  readonly instantiations: number;
  readonly types: number;
  readonly memoryMiB: number;
}

export interface TypeCostRow {
  readonly tasks: number;
  readonly layout: Layout;
  readonly result: TscResult;
}

const stat = (out: string, label: string): number => {
  const m = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out);
  return m === null ? Number.NaN : Number(m[1]);
};

const statusOf = (exit: number | null, out: string, timedOut: boolean): string => {
  if (timedOut) return 'timeout';
  if (out.includes('TS2589')) return 'TS2589';
  if (/Maximum call stack size exceeded|heap out of memory/.test(out)) return `crash: ${/Maximum call/.test(out) ? 'stack overflow' : 'out of memory'}`;
  const errors = out.match(/error TS\d+/g)?.length ?? 0;
  if (errors > 0) return `${errors} errors`;
  return exit === 0 ? 'ok' : `exit ${exit}`;
};

/** Runs tsc on a generated project `runs` times and keeps the run of median CPU time. */
const runTsc = (tsconfig: string, runs: number): TscResult => {
  const results: TscResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', TSC_WITH_CPU, TSC, '--noEmit', '--extendedDiagnostics', '-p', tsconfig], {
      encoding: 'utf8',
      timeout: TSC_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    const result: TscResult = {
      status: statusOf(r.status, out, r.error !== undefined),
      checkS: stat(out, 'Check time'),
      totalS: stat(out, 'Total time'),
      cpuS: stat(out, 'CPU time'),
      instantiations: stat(out, 'Instantiations'),
      types: stat(out, 'Types'),
      memoryMiB: stat(out, 'Memory used') / 1024,
    };
    results.push(result);
    if (result.status !== 'ok') return result;
  }
  const byCpu = [...results].sort((a, b) => a.cpuS - b.cpuS);
  return byCpu[Math.floor(byCpu.length / 2)]!;
};

/** Writes `<name>.ts` and its `tsconfig.<name>.json` (the repo's strict options) into `bench/generated/`. */
const writeProject = (name: string, source: string): string => {
  writeFileSync(new URL(`${name}.ts`, GENERATED), source);
  const tsconfig = new URL(`tsconfig.${name}.json`, GENERATED);
  writeFileSync(
    tsconfig,
    `${JSON.stringify({ extends: '../../tsconfig.json', include: [`${name}.ts`], exclude: [] }, null, 2)}\n`,
  );
  return fileURLToPath(tsconfig);
};

/** The typed modules must describe the very manifest the untyped one spells out, or the comparison is void. */
const checkSameManifest = async (name: string, typed: boolean, expected: unknown): Promise<void> => {
  const mod = (await import(new URL(`${name}.ts`, GENERATED).href)) as { default: unknown };
  const actual = typed ? renderUnchecked(mod.default as Workflow<unknown, unknown>) : mod.default;
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`type-cost bench: generated module ${name}.ts does not render to the expected manifest`);
  }
};

export interface TypeCostOptions {
  readonly sizes: ReadonlyArray<number>;
  /** Sizes whose projects are checked `runs` times (median by total time); others once, to bound bench time. */
  readonly repeatAt: ReadonlyArray<number>;
  readonly runs: number;
  readonly log: (line: string) => void;
}

export const runTypeCost = async ({ sizes, repeatAt, runs, log }: TypeCostOptions): Promise<ReadonlyArray<TypeCostRow>> => {
  mkdirSync(GENERATED, { recursive: true });
  const rows: TypeCostRow[] = [];
  for (const n of sizes) {
    const manifest = renderUnchecked(chainWorkflow(n));
    const projects: ReadonlyArray<readonly [Layout, string, string]> = [
      ['untyped', `untyped-${n}`, untypedSource(manifest)],
      ['typed, one callback', `typed-${n}`, singleBodySource(n)],
      [`typed, helpers of ${CHUNK}`, `chunked-${n}`, chunkedSource(n, CHUNK)],
    ];
    for (const [layout, name, source] of projects) {
      const tsconfig = writeProject(name, source);
      await checkSameManifest(name, layout !== 'untyped', manifest);
      log(`tsc ${name} ...`);
      rows.push({ tasks: n, layout, result: runTsc(tsconfig, repeatAt.includes(n) ? runs : 1) });
    }
  }
  return rows;
};

const find = (rows: ReadonlyArray<TypeCostRow>, n: number, layout: Layout): TscResult | undefined =>
  rows.find((r) => r.tasks === n && r.layout === layout)?.result;

/** Instantiations per task between this size and the next smaller one of the same layout. */
const slope = (rows: ReadonlyArray<TypeCostRow>, row: TypeCostRow): string => {
  const smaller = rows.filter((r) => r.layout === row.layout && r.tasks < row.tasks).at(-1);
  if (smaller === undefined) return '-';
  return ((row.result.instantiations - smaller.result.instantiations) / (row.tasks - smaller.tasks)).toFixed(1);
};

export const typeCostTable = (rows: ReadonlyArray<TypeCostRow>): string =>
  markdownTable(
    ['tasks', 'layout', 'status', 'check s', 'total s', 'CPU s', '÷ untyped (CPU)', 'instantiations', 'inst./task', 'types', 'memory MiB'],
    rows.map((r) => {
      const base = find(rows, r.tasks, 'untyped');
      return [
        String(r.tasks),
        r.layout,
        r.result.status,
        r.result.checkS.toFixed(2),
        r.result.totalS.toFixed(2),
        r.result.cpuS.toFixed(2),
        base === undefined ? '-' : ratio(r.result.cpuS / base.cpuS),
        String(r.result.instantiations),
        slope(rows, r),
        String(r.result.types),
        r.result.memoryMiB.toFixed(0),
      ];
    }),
  );

export const typeCostVerdicts = (rows: ReadonlyArray<TypeCostRow>): ReadonlyArray<string> => {
  const verdicts: string[] = [];
  const largest = Math.max(...rows.map((r) => r.tasks));
  const failed = rows.filter((r) => r.layout !== 'untyped' && r.result.status !== 'ok');
  verdicts.push(
    `no crash / TS2589 up to ${largest} tasks: ${failed.length === 0 ? 'met' : `MISSED (${failed.map((r) => `${r.tasks} ${r.layout}: ${r.result.status}`).join('; ')})`}`,
  );
  const typed = rows.filter((r) => r.layout === 'typed, one callback');
  const slopes = typed.slice(1).map((r) => Number(slope(rows, r)));
  const linear = Math.max(...slopes) <= 1.1 * Math.min(...slopes);
  verdicts.push(
    slopes.length === 0
      ? 'instantiations linear in tasks: needs two sizes'
      : `instantiations linear in tasks: ${linear ? 'met' : 'MISSED'} (${slopes.map((s) => s.toFixed(1)).join(', ')} per task between sizes; prototype reached ~11)`,
  );
  for (const layout of ['typed, one callback', `typed, helpers of ${CHUNK}`] as const) {
    const t = find(rows, 1000, layout);
    const u = find(rows, 1000, 'untyped');
    if (t !== undefined && u !== undefined) {
      const cpu = t.cpuS / u.cpuS;
      verdicts.push(
        `typed (${layout}) ≤ 3× untyped at 1000 tasks: CPU time ${ratio(cpu)} ${cpu <= 3 ? 'met' : 'MISSED'} ` +
          `(wall total ${ratio(t.totalS / u.totalS)}, check time alone ${ratio(t.checkS / u.checkS)})`,
      );
    }
  }
  return verdicts;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = await runTypeCost({ sizes: sizes.length > 0 ? sizes : [50, 200, 1000, 5000], repeatAt: [1000], runs: 3, log: (l) => console.error(l) });
  console.log(typeCostTable(rows));
  console.log(typeCostVerdicts(rows).join('\n'));
}
