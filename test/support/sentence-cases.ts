import { describe, expect, it } from 'vitest';
import { compileFixtures, type CompiledFixture } from './compile-fixture.js';

/** Each case: a module body with a `/*✗*\/` before each expected error, and the sentences, in order. */
export type SentenceCases = Readonly<Record<string, readonly [string, ...string[]]>>;

/**
 * One test per case asserting the checker's innermost sentence at each marker, and one that the
 * `accepted` body compiles clean. All fixtures compile together, once, on first use.
 */
export const describeSentences = (title: string, header: string, cases: SentenceCases, accepted: string): void => {
  let compiled: Readonly<Record<string, CompiledFixture>> | undefined;
  const fixture = (name: string): CompiledFixture => {
    compiled ??= compileFixtures({
      ...Object.fromEntries(Object.entries(cases).map(([n, [body]]) => [n, header + body])),
      '(accepted)': header + accepted,
    });
    return compiled[name]!;
  };
  describe(title, () => {
    it.each(Object.keys(cases))('%s', (name) => {
      const [, ...sentences] = cases[name]!;
      const { diagnostics, markers } = fixture(name);
      expect(diagnostics.map((d) => ({ at: d.at, sentence: d.sentence }))).toEqual(
        markers.map((at, i) => ({ at, sentence: sentences[i] })),
      );
    }, 120_000);

    it('accepts the well-typed module', () => {
      expect(fixture('(accepted)').diagnostics).toEqual([]);
    }, 120_000);
  });
};
