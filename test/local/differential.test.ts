// Differential check against Argo itself (issue 15): every workflow of Argo's e2e corpus whose logic a
// local run can take runs with runLocal (virtual clock, leaves on this machine) and must end as the Go
// suite that submits it asserts; every upstream example not labelled no-test must end Succeeded, as
// examples_test.go requires. Out-of-scope workflows are listed with why; known mismatches must still differ
// (a fixed one is removed from its list), and the matched counts may only go up.
import { beforeAll, describe, expect, it } from 'vitest';
import { differences, type LocalOutcome } from './differential-outcome.js';
import { E2E_TABLE, type E2eEntry, type InScope } from './differential-e2e-table.js';
import { EXAMPLE_MISMATCHES } from './differential-example-mismatches.js';
import { exampleCorpus, exampleRefusal } from './differential-examples.js';
import { FUNCTIONAL_TABLE } from './differential-functional-table.js';
import { corpusPath, installCowsayShim, runOnHost, submitted } from './differential-run.js';
import { corpusFiles, goSubmissions } from './e2e-go-suites.js';

/** Workflows whose local outcome matches; raise these when more match, never lower them. */
const MATCHED_AT_LEAST = { e2e: 66, examples: 65 };

/** Corpus files no vendored Go suite submits by a literal `Workflow("@...")`, and so no outcome to compare. */
const NOT_SUBMITTED = 'no vendored Go suite submits it by name: no asserted outcome to compare';
const TABLE_DRIVEN = 'submitted by a table-driven S3 test (TestArtifactGC, TestGlobalArtifactPassing, ...): asserts objects in the e2e minio';

const TABLE: Readonly<Record<string, E2eEntry>> = { ...E2E_TABLE, ...FUNCTIONAL_TABLE };
const isInScope = (e: E2eEntry): e is InScope => !('outOfScope' in e);

/** Runs `jobs` at most `width` at a time (host processes share two cores with other work). */
const pool = async <T, R>(items: ReadonlyArray<T>, width: number, job: (t: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await job(items[i]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
};

interface Checked {
  readonly key: string;
  readonly diffs: ReadonlyArray<string>;
  readonly knownMismatch: string | undefined;
}

const report = (group: string, checked: ReadonlyArray<Checked>, out: ReadonlyArray<readonly [string, string]>): string => {
  const matched = checked.filter((c) => c.diffs.length === 0).length;
  const lines = [
    `${group}: matched ${matched}/${checked.length} in scope (${out.length} out of scope)`,
    ...checked.filter((c) => c.diffs.length > 0).map((c) => `  mismatch ${c.key}: ${c.knownMismatch ?? c.diffs.join('; ')}`),
    ...out.map(([k, why]) => `  out of scope ${k}: ${why}`),
  ];
  return lines.join('\n');
};

const PROCESS_HEAVY_MS = 120_000;

beforeAll(installCowsayShim);

describe("differential check against Argo's e2e suites", () => {
  const submissions = goSubmissions();
  const checked = new Map<string, Checked>();

  it('the table has one entry per workflow a vendored Go suite submits, and no other', () => {
    expect(Object.keys(TABLE).sort()).toEqual(submissions.map((s) => s.key).sort());
  });

  it('every in-scope entry asserts something, and a mock always says why it does not decide the outcome', () => {
    for (const [key, e] of Object.entries(TABLE).filter((x): x is [string, InScope] => isInScope(x[1]))) {
      expect(Object.keys(e.expect).length + (e.unchecked?.length ?? 0), key).toBeGreaterThan(0);
      if (e.mocks !== undefined) expect(e.mockNote, key).toBeTruthy();
    }
  });

  beforeAll(async () => {
    const inScope = submissions.filter((s) => isInScope(TABLE[s.key]!));
    const outcomes = await pool(inScope, 6, async (s): Promise<[string, LocalOutcome]> => {
      const entry = TABLE[s.key] as InScope;
      const { workflow, templates } = submitted(s);
      return [s.key, await runOnHost(workflow, templates, entry.mocks)];
    });
    for (const [key, outcome] of outcomes) {
      const entry = TABLE[key] as InScope;
      checked.set(key, { key, diffs: differences(outcome, entry.expect), knownMismatch: entry.knownMismatch });
    }
    const out = submissions.flatMap((s) => {
      const e = TABLE[s.key]!;
      return isInScope(e) ? [] : [[s.key, e.outOfScope] as const];
    });
    const submittedFiles = new Set(submissions.flatMap((s) => ('file' in s.workflow ? [s.workflow.file] : [])));
    const goSource = submissions.map((s) => s.source).join('\n');
    const unsubmitted = corpusFiles()
      .filter((f) => !submittedFiles.has(f))
      .map((f) => [f, goSource.includes(`@${f}`) ? TABLE_DRIVEN : NOT_SUBMITTED] as const);
    const inline = submissions.filter((s) => 'inline' in s.workflow).length;
    console.log(`Argo e2e corpus: ${corpusFiles().length} workflow files and ${inline} inline workflows; the Go suites submit ${submissions.length} workflows`);
    console.log(report('Argo e2e corpus', [...checked.values()], [...out, ...unsubmitted]));
  }, PROCESS_HEAVY_MS);

  for (const s of submissions) {
    const e = TABLE[s.key];
    if (e === undefined || !isInScope(e)) continue;
    it(`${s.key} ${e.knownMismatch === undefined ? 'ends as the Go test asserts' : 'still differs (known mismatch)'}`, () => {
      const c = checked.get(s.key);
      expect(c, 'not run').toBeDefined();
      if (e.knownMismatch === undefined) expect(c?.diffs).toEqual([]);
      else expect(c?.diffs.length, `now matches: remove its knownMismatch (${e.knownMismatch})`).toBeGreaterThan(0);
    });
  }

  it('matches at least as many workflows as before', () => {
    const matched = [...checked.values()].filter((c) => c.diffs.length === 0).length;
    expect(matched).toBeGreaterThanOrEqual(MATCHED_AT_LEAST.e2e);
  });

  it('every submitted corpus file exists, or is listed as not vendored', () => {
    for (const s of submissions)
      if ('file' in s.workflow && corpusPath(s.workflow.file) === undefined) expect(TABLE[s.key], s.key).toHaveProperty('outOfScope');
  });
});

describe("differential check: examples_test.go's rule (every example not labelled no-test ends Succeeded)", () => {
  const { workflows, libraries, files: exampleFileCount } = exampleCorpus();
  const checked = new Map<string, Checked>();
  const inScope = workflows.filter((w) => exampleRefusal(w.workflow) === undefined);

  beforeAll(async () => {
    const results = await pool(inScope, 6, async (w) => [w.key, await runOnHost(w.workflow, libraries)] as const);
    for (const [key, outcome] of results)
      checked.set(key, { key, diffs: differences(outcome, { phase: 'Succeeded' }), knownMismatch: EXAMPLE_MISMATCHES[key] });
    const out = workflows.flatMap((w) => {
      const why = exampleRefusal(w.workflow);
      return why === undefined ? [] : [[w.key, why] as const];
    });
    console.log(`Argo examples: ${workflows.length} Workflows in ${exampleFileCount} files`);
    console.log(report('Argo examples', [...checked.values()], out));
  }, PROCESS_HEAVY_MS);

  for (const w of inScope) {
    const known = EXAMPLE_MISMATCHES[w.key];
    it(`${w.key} ${known === undefined ? 'ends Succeeded' : 'still differs (known mismatch)'}`, () => {
      const c = checked.get(w.key);
      expect(c, 'not run').toBeDefined();
      if (known === undefined) expect(c?.diffs).toEqual([]);
      else expect(c?.diffs.length, `now matches: remove it from EXAMPLE_MISMATCHES (${known})`).toBeGreaterThan(0);
    });
  }

  it('lists known mismatches only for examples in scope', () => {
    expect(Object.keys(EXAMPLE_MISMATCHES).filter((k) => !inScope.some((w) => w.key === k))).toEqual([]);
  });

  it('matches at least as many examples as before', () => {
    const matched = [...checked.values()].filter((c) => c.diffs.length === 0).length;
    expect(matched).toBeGreaterThanOrEqual(MATCHED_AT_LEAST.examples);
  });
});
