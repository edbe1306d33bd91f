/**
 * Runtime bench: build and emit an N-task dag (task i waits on tasks i-1 and i/2, one `echo` template),
 * next to `JSON.stringify` (the floor for producing the bytes) and `yaml.stringify` of the same manifest.
 * Argo allows 200 tasks per dag, which `toYaml` enforces, so the one-dag workload goes through
 * `renderWorkflow` + `emitYaml`; Argo's validation rules and `toYaml` as a whole are timed on the same
 * tasks split into dags of 200 run one after the other.
 * Run alone with `npx tsx bench/runtime.ts`.
 */
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parse as yamlParse, stringify as yamlStringify } from 'yaml';
import { emitYaml, toYaml, validateDocument } from '../src/index.js';
import { markdownTable, mib, ms, ratio } from './markdown-table.js';
import { measure, type MeasureOptions, type Sample } from './measure.js';
import { renderUnchecked } from './render-unchecked.js';
import { nestedWideDag, wideDag } from './wide-dag.js';

/** Hera 7 on the 1000-task workflow, from issue #3. Python packages cannot be installed here. */
const HERA_1000_MS = 256;

const TARGET_MS: Readonly<Record<number, number>> = { 1000: 10, 10000: 100 };

export interface RuntimeRow {
  readonly tasks: number;
  readonly operation: string;
  readonly sample: Sample | undefined;
  /** Median of this operation over the median of `JSON.stringify`, same process and manifest. */
  readonly vsJson: number | undefined;
  readonly note: string;
}

export interface RuntimeReport {
  readonly rows: ReadonlyArray<RuntimeRow>;
  readonly yamlBytes: Readonly<Record<number, number>>;
  readonly targets: ReadonlyArray<{ readonly tasks: number; readonly limitMs: number; readonly sample: Sample }>;
}

const runsFor = (n: number): MeasureOptions => (n <= 1000 ? { warmup: 10, runs: 30 } : { warmup: 5, runs: 20 });

const benchOne = (n: number): { readonly rows: ReadonlyArray<RuntimeRow>; readonly bytes: number; readonly total: Sample } => {
  const built = wideDag(n);
  const manifest = renderUnchecked(built);
  const yaml = emitYaml(manifest);
  const nested = nestedWideDag(n);
  const nestedManifest = renderUnchecked(nested);
  // The numbers mean nothing if the output is wrong: it must read back as the manifest.
  if (!isDeepStrictEqual(yamlParse(yaml), JSON.parse(JSON.stringify(manifest)))) {
    throw new Error(`runtime bench: the YAML of the ${n}-task dag does not parse back to its manifest`);
  }
  const invalid = validateDocument(nestedManifest);
  if (invalid.length > 0) throw new Error(`runtime bench: the nested ${n}-task workflow is not valid: ${invalid[0]?.message}`);
  const opts = runsFor(n);
  /** Operations that take most of a second at 10,000 tasks: less warm-up, still 20 runs. */
  const slow: MeasureOptions = { warmup: 2, runs: 20 };
  const json = measure(() => JSON.stringify(manifest), opts);
  const total = measure(() => emitYaml(renderUnchecked(wideDag(n))), opts);
  const ops: ReadonlyArray<readonly [string, Sample, string]> = [
    ['build (dag + workflow)', measure(() => wideDag(n), opts), ''],
    ['renderWorkflow(built)', measure(() => renderUnchecked(built), opts), 'ref checks + render'],
    ['emitYaml(manifest)', measure(() => emitYaml(manifest), opts), ''],
    ['**build + render + emit**', total, `target ≤ ${TARGET_MS[n] ?? '-'} ms`],
    ['validateDocument', measure(() => validateDocument(nestedManifest), slow), 'Argo rules; dags of 200'],
    ['toYaml(build)', measure(() => toYaml(nestedWideDag(n)), slow), 'all of it; dags of 200'],
    ['JSON.stringify(manifest)', json, 'floor'],
    ['yaml.stringify(manifest)', measure(() => yamlStringify(manifest), slow), 'yaml 2.9.1'],
  ];
  const rows: RuntimeRow[] = ops.map(([operation, sample, note]) => ({
    tasks: n,
    operation,
    sample,
    vsJson: sample.medianMs / json.medianMs,
    note,
  }));
  if (n === 1000) {
    rows.push({ tasks: n, operation: 'Hera 7 (Python)', sample: undefined, vsJson: undefined, note: `${HERA_1000_MS} ms per issue #3, **not measured here**` });
  }
  return { rows, bytes: Buffer.byteLength(yaml), total };
};

/** Measures the 1000- and 10,000-task dags. */
export const runRuntime = (sizes: ReadonlyArray<number> = [1000, 10000]): RuntimeReport => {
  const rows: RuntimeRow[] = [];
  const yamlBytes: Record<number, number> = {};
  const targets: { tasks: number; limitMs: number; sample: Sample }[] = [];
  for (const n of sizes) {
    const r = benchOne(n);
    rows.push(...r.rows);
    yamlBytes[n] = r.bytes;
    const limit = TARGET_MS[n];
    if (limit !== undefined) targets.push({ tasks: n, limitMs: limit, sample: r.total });
  }
  return { rows, yamlBytes, targets };
};

export const runtimeTable = (report: RuntimeReport): string =>
  markdownTable(
    ['tasks', 'YAML KB', 'operation', 'median ms', 'min ms', 'CPU ms', 'after GC ms', 'heap Δ MiB', '× JSON.stringify', 'note'],
    report.rows.map((r) => [
      String(r.tasks),
      ((report.yamlBytes[r.tasks] ?? 0) / 1024).toFixed(0),
      r.operation,
      r.sample === undefined ? `(${HERA_1000_MS})` : ms(r.sample.medianMs),
      r.sample === undefined ? '-' : ms(r.sample.minMs),
      r.sample === undefined ? '-' : ms(r.sample.cpuMs),
      r.sample === undefined ? '-' : ms(r.sample.afterGcMs),
      r.sample === undefined ? '-' : mib(r.sample.heapDeltaBytes),
      r.vsJson === undefined ? '-' : ratio(r.vsJson),
      r.note,
    ]),
  );

export const runtimeVerdicts = (report: RuntimeReport): ReadonlyArray<string> =>
  report.targets.flatMap((t) => {
    const full = report.rows.find((r) => r.tasks === t.tasks && r.operation === 'toYaml(build)')?.sample;
    return [
      `${t.tasks} tasks: build + render + emit median ${ms(t.sample.medianMs)} ms (min ${ms(t.sample.minMs)}, ` +
        `CPU ${ms(t.sample.cpuMs)}, after a full GC ${ms(t.sample.afterGcMs)}), ` +
        `target ≤ ${t.limitMs} ms: ${t.sample.medianMs <= t.limitMs ? 'met' : 'MISSED'}`,
      ...(full === undefined
        ? []
        : [`${t.tasks} tasks with Argo validation (toYaml, dags of 200): median ${ms(full.medianMs)} ms: ${full.medianMs <= t.limitMs ? 'met' : 'MISSED'}`]),
    ];
  });

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = runRuntime();
  console.log(runtimeTable(report));
  console.log(runtimeVerdicts(report).join('\n'));
}
