/**
 * `npx tsx bench/hostile-lint.ts`: lint and import on hostile inputs (issue 14), each timed once through
 * the same functions the CLI runs (`runLint` on a file, `importYaml` on the text), plus the event-stream
 * reader on one 32 MB line. Target: each ≤ 2 s on the project VM, with bounded output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { importYaml } from '../src/argo-docs/import/from-yaml.js';
import { runLint } from '../src/cli/lint-command.js';
import { jsonValues } from '../src/interp/submit/event-stream.js';
import { markdownTable } from './markdown-table.js';

const HEAD = 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: hostile-\nspec:\n  entrypoint: main\n  templates:\n';

/** The hostile documents, each as YAML text. */
export const hostileCases = (): ReadonlyArray<{ readonly name: string; readonly text: string }> => {
  const unknownFields = Array.from({ length: 40_000 }, (_, i) => `      f${i}: 1\n`).join('');
  const flatList = `[${Array.from({ length: 1_000_000 }, () => 'a').join(', ')}]`;
  const manyProblems = `[${Array.from({ length: 150_000 }, () => '{}').join(', ')}]`;
  return [
    { name: '40,000 unknown fields in one map', text: `${HEAD}    - name: main\n      container: {image: a}\n${unknownFields}` },
    { name: 'one 7 MB key', text: `${HEAD}    - name: main\n      container: {image: a}\n      ? ${'k'.repeat(7_000_000)}\n      : 1\n` },
    { name: 'flat list of 10^6 items', text: `${HEAD}    - name: main\n      container:\n        image: a\n        args: ${flatList}\n` },
    { name: '150,000 problems (maps where strings belong)', text: `${HEAD}    - name: main\n      container:\n        image: a\n        args: ${manyProblems}\n` },
  ];
};

export interface HostileResult {
  readonly name: string;
  readonly lintMs: number;
  /** CPU time of the lint run: steadier than wall time on a loaded machine. */
  readonly lintCpuMs: number;
  readonly lintOutputKb: number;
  readonly importMs: number;
  readonly importOutcome: string;
}

const time = async <A>(f: () => Promise<A> | A): Promise<readonly [A, number, number]> => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const a = await f();
  const c1 = process.cpuUsage(c0);
  return [a, performance.now() - t0, (c1.user + c1.system) / 1000];
};

export const runHostileLint = async (): Promise<ReadonlyArray<HostileResult>> => {
  const dir = mkdtempSync(join(tmpdir(), 'tiphys-hostile-'));
  const out: Array<HostileResult> = [];
  for (const c of hostileCases()) {
    const file = join(dir, 'case.yaml');
    writeFileSync(file, c.text);
    let printed = 0;
    const io = { stdout: (s: string) => void (printed += s.length), stderr: (s: string) => void (printed += s.length), env: {}, isTTY: false };
    const [, lintMs, lintCpuMs] = await time(() => runLint([file], io));
    let importOutcome: string;
    const [, importMs] = await time(() => {
      try {
        const r = importYaml(c.text, file);
        importOutcome = E.isLeft(r) ? `${r.left.length} YAML problems` : `${r.right.documents.length} document(s)`;
      } catch (e) {
        importOutcome = `crash: ${e instanceof Error ? e.name : String(e)}`;
      }
    });
    out.push({ name: c.name, lintMs, lintCpuMs, lintOutputKb: printed / 1024, importMs, importOutcome: importOutcome! });
  }
  return out;
};

export const runLongStreamLine = async (): Promise<number> => {
  const bytes = new TextEncoder().encode(`data: {"result": "${'x'.repeat(32 * 1024 * 1024)}"}\n\n`);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += 65_536) c.enqueue(bytes.subarray(i, i + 65_536));
      c.close();
    },
  });
  const [, ms] = await time(async () => {
    for await (const v of jsonValues(stream, 'bench')) void v;
  });
  return ms;
};

export const hostileTable = (rows: ReadonlyArray<HostileResult>, streamMs: number): string =>
  markdownTable(
    ['case', 'lint ms', 'lint CPU ms', 'lint output KB', 'import ms', 'import outcome', 'target'],
    [
      ...rows.map((r) => [
        r.name,
        r.lintMs.toFixed(0),
        r.lintCpuMs.toFixed(0),
        r.lintOutputKb.toFixed(0),
        r.importMs.toFixed(0),
        r.importOutcome,
        r.lintMs <= 2000 && r.importMs <= 2000 && !r.importOutcome.startsWith('crash') ? '≤ 2 s ✔' : '≤ 2 s ✘',
      ]),
      ['event stream: one 32 MB line', streamMs.toFixed(0), '', '', '', '', streamMs <= 2000 ? '≤ 2 s ✔' : '≤ 2 s ✘'],
    ],
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runHostileLint();
  console.log(hostileTable(rows, await runLongStreamLine()));
}
