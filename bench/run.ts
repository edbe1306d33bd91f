/**
 * `npm run bench`: the runtime table, the CLI's cold start, then the type-level cost table, as markdown,
 * with the machine and each target's verdict. Progress goes to stderr so stdout can be pasted into `bench/README.md`.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import ts from 'typescript';
import { coldStartTable, coldStartVerdicts, runColdStart } from './cold-start.js';
import { runRuntime, runtimeTable, runtimeVerdicts } from './runtime.js';
import { runTypeCost, typeCostTable, typeCostVerdicts } from './type-cost.js';
import { hostileTable, runHostileLint, runLongStreamLine } from './hostile-lint.js';
import { convertTable, corpusFiles, runConvertBench } from './convert-corpus.js';
import { localRunTable, localRunVerdict, runLocalBench } from './local-run.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const started = performance.now();

const machine = (): string =>
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'} · ` +
  `${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.versions.node} · TypeScript ${ts.version} · ` +
  `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`;

console.log(`# tiphys bench\n\n${machine()}\n`);

log('runtime bench: 1000 and 10,000 tasks ...');
const runtime = runRuntime();
console.log('## Runtime: build + emit (task i waits on i-1 and i/2, one `echo` template)\n');
console.log(runtimeTable(runtime));
console.log('');
for (const v of runtimeVerdicts(runtime)) console.log(`- ${v}`);
console.log('- Hera 7: 256 ms for the 1000-task workflow, figure from issue #3, **not measured here** (PyPI unreachable).');

log('cold-start bench: whole CLI processes ...');
const coldStart = runColdStart();
console.log('\n## Cold start: `tiphys build examples/dag-diamond.ts` as a new process (compiled CLI, tsx for the example)\n');
console.log(coldStartTable(coldStart));
console.log('');
for (const v of coldStartVerdicts(coldStart)) console.log(`- ${v}`);

log('type-cost bench: tsc on 50 … 5000-task chains ...');
const types = await runTypeCost({ sizes: [50, 200, 1000, 5000], repeatAt: [1000], runs: 3, log });
console.log('\n## Type-level cost: `tsc --noEmit --extendedDiagnostics` on an N-task chained dag\n');
console.log(typeCostTable(types));
console.log('');
for (const v of typeCostVerdicts(types)) console.log(`- ${v}`);

log('hostile-input bench: lint and import on hostile YAML, a 32 MB event-stream line ...');
const hostile = await runHostileLint();
console.log('\n## Hostile input: lint and import (issue 14), one run each, target ≤ 2 s\n');
console.log(hostileTable(hostile, await runLongStreamLine()));

log('convert bench: the upstream corpus ...');
console.log('\n## Convert: `tiphys convert` over vendor/argo/examples (issue 16), target < 10 s\n');
console.log(convertTable(await runConvertBench(corpusFiles())));

log('local-run bench: 1000 tasks scheduled locally ...');
const local = await runLocalBench();
console.log('\n## Local runner: scheduling 1000 tasks (5 dags of 200) with no-op leaves, virtual clock (issue 15)\n');
console.log(localRunTable(local));
console.log(`\n- ${localRunVerdict(local)}`);

console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} · bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
