// The project's own examples against Argo's schema (closed world) and the generated model: each must
// be schema-valid, decode exactly, and come back from YAML equal to its manifest. Random DSL workflows:
// test/fuzz-workflows.test.ts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/index.js';
import { conformance } from '../support/conformance.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const exampleNames = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

const load = async (name: string): Promise<Workflow<unknown, unknown>> =>
  ((await import(new URL(`${name}.ts`, EXAMPLES).href)) as { default: Workflow<unknown, unknown> }).default;

describe('manifests tiphys emits', () => {
  it('finds the examples', () => {
    expect(exampleNames.length).toBeGreaterThan(5);
  });

  it.each(exampleNames)('examples/%s.ts conforms to the schema and the model', async (name) => {
    expect(conformance(await load(name))).toEqual([]);
  });
});
