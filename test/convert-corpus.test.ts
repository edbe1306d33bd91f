// The round trip over the whole upstream corpus: every Argo document of vendor/argo/examples is converted
// to TypeScript, the modules type-check in one tsc program, and each document, rendered as `tiphys build`
// renders it, equals the upstream YAML semantically (the normal form the example ports are compared in).
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitYamlDocuments } from '../src/index.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments } from '../src/cli/load-module.js';
import { isArgoKind } from '../src/argo-docs/import/argo-kinds.js';
import { normalizeArgo } from './support/argo-compare.js';
import { readArgoYaml, UPSTREAM_DIFFERENCES } from './support/example-ports.js';
import { convertCorpus, typeCheckCorpus, type ConvertedFile } from './support/convert-corpus.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

/** Documents that needed the typed escape hatch (`patch`): lower it as features land, never raise it. */
const RECORDED_ESCAPES = 0;

/** `when`s that became typed conditions (`eq(flip.out.result, 'heads')`): raise it as the converter learns more, never lower it. */
const TYPED_WHENS_FLOOR = 25;

/** Hook `expression`s that became typed conditions (`eq(self.status, 'Running')`): raise it, never lower it. */
const TYPED_HOOK_EXPRESSIONS_FLOOR = 5;

/**
 * The documents that do not round-trip, each with why: a tiphys feature missing, or an upstream file no
 * Argo server takes as it is. Remove an entry when it starts to pass (the test says so); never add one.
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {
};

/** The first path where two normal forms differ, with both values: what a failure shows. */
const firstDifference = (a: unknown, b: unknown, path = ''): string | undefined => {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d !== undefined) return d;
    }
  }
  return `${path}: ours ${JSON.stringify(a)?.slice(0, 200)} upstream ${JSON.stringify(b)?.slice(0, 200)}`;
};

interface Outcome {
  readonly document: string;
  readonly failure?: string;
}

let corpus: ReadonlyArray<ConvertedFile> = [];
let tscErrors: ReadonlyMap<string, ReadonlyArray<string>> = new Map();
const outcomes: Outcome[] = [];

const roundTrip = async (f: ConvertedFile): Promise<ReadonlyArray<Outcome>> => {
  const upstream = readArgoYaml(readFileSync(join(ARGO_EXAMPLES, f.upstream), 'utf8'), f.upstream);
  // The differences the ports are allowed (each with why) are the converter's too: repaired on the upstream side.
  UPSTREAM_DIFFERENCES[f.upstream]?.repair(upstream);
  const docs = f.result.documents;
  const name = (i: number): string => `${f.upstream}#${i + 1} ${docs[i]?.label ?? ''}`;
  const argo = docs.flatMap((d, i) => (isArgoKind((upstream[i] as { kind?: unknown } | null)?.kind) ? [{ d, i }] : []));
  if (f.result.errors.length > 0) return [{ document: f.upstream, failure: f.result.errors.join('; ') }];
  const failed = argo.filter(({ d }) => d.error !== undefined).map(({ d, i }) => ({ document: name(i), failure: `not converted: ${d.error ?? ''}` }));
  const converted = argo.filter(({ d }) => d.error === undefined);
  if (converted.length === 0) return failed;
  const typeErrors = tscErrors.get(f.module);
  if (typeErrors !== undefined) return [...failed, ...converted.map(({ i }) => ({ document: name(i), failure: `tsc: ${typeErrors.slice(0, 3).join(' | ')}` }))];
  const loaded = await loadDocumentModule(f.module);
  if (E.isLeft(loaded)) return [...failed, ...converted.map(({ i }) => ({ document: name(i), failure: `load: ${loaded.left.message}` }))];
  const lint = converted.some(({ d }) => d.problems.length > 0);
  const compiled = await compileDocuments(f.module, uniqueDocuments(loaded.right), !lint);
  if (E.isLeft(compiled)) {
    const why = compiled.left.map((p) => p.message).slice(0, 3).join(' | ');
    return [...failed, ...converted.map(({ i }) => ({ document: name(i), failure: `build: ${why}` }))];
  }
  const built = readArgoYaml(emitYamlDocuments(compiled.right.map((c) => c.manifest)), f.upstream);
  // A defect's repair is applied to both sides: what the converter set itself (generateName) it leaves alone.
  if (UPSTREAM_DIFFERENCES[f.upstream]?.defect === true) UPSTREAM_DIFFERENCES[f.upstream]?.repair(built);
  return [
    ...failed,
    ...converted.map(({ i }, k) => {
      const difference = firstDifference(normalizeArgo(built[k]), normalizeArgo(upstream[i]));
      return difference === undefined ? { document: name(i) } : { document: name(i), failure: `renders differently at ${difference}` };
    }),
  ];
};

describe('tiphys convert over the upstream corpus', () => {
  beforeAll(async () => {
    corpus = await convertCorpus();
    tscErrors = await typeCheckCorpus();
    for (const f of corpus) outcomes.push(...(await roundTrip(f)));
  }, 600_000);

  it('converts every file of vendor/argo/examples', () => {
    expect(corpus.length).toBe(172);
  });

  it('round-trips documents: convert → tsc → build equals the upstream YAML; failures never rise', () => {
    const failures = outcomes.filter((o) => o.failure !== undefined);
    const escapes = corpus.flatMap((f) => f.result.documents.flatMap((d, i) => (d.escapes.length > 0 ? [`${f.upstream}#${i + 1}: ${d.escapes.join('; ')}`] : [])));
    const conditions = corpus.flatMap((f) => f.result.documents.flatMap((d) => d.whens));
    const whens = conditions.filter((w) => w.field === 'when');
    const hooks = conditions.filter((w) => w.field === 'hook');
    const typed = whens.filter((w) => w.as === 'condition').length;
    const typedHooks = hooks.filter((w) => w.as === 'condition').length;
    console.log(
      [
        `converted and round-tripped: ${outcomes.length - failures.length}/${outcomes.length} Argo documents`,
        `escape hatch: ${escapes.length} documents`,
        `when as a typed condition: ${typed}/${whens.length} (as expression<boolean>: ${whens.filter((w) => w.as === 'expression').length})`,
        ...whens.filter((w) => w.as === 'text').map((w) => `  text when: ${w.when}`),
        `hook expression as a typed condition: ${typedHooks}/${hooks.length}`,
        ...hooks.filter((w) => w.as !== 'condition').map((w) => `  ${w.as} hook expression: ${w.when}`),
        ...escapes.map((e) => `  escape: ${e}`),
        ...failures.map((f) => `  FAIL ${f.document}: ${f.failure ?? ''}`),
      ].join('\n'),
    );
    expect(escapes.length).toBeLessThanOrEqual(RECORDED_ESCAPES);
    expect(typed).toBeGreaterThanOrEqual(TYPED_WHENS_FLOOR);
    expect(typedHooks).toBeGreaterThanOrEqual(TYPED_HOOK_EXPRESSIONS_FLOOR);
    const failing = failures.map((f) => f.document.split(' ')[0] ?? '');
    expect(failing.filter((d) => KNOWN_FAILURES[d] === undefined), 'new failures').toEqual([]);
    expect(Object.keys(KNOWN_FAILURES).filter((d) => !failing.includes(d)), 'known failures that pass now: remove them').toEqual([]);
  });
});
