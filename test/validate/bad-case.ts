import { parse } from 'yaml';
import { expect } from 'vitest';
import { validateDocument } from '../../src/argo-docs/validate/index.js';
import type { ValidationProblem, RuleId, ValidateOptions } from '../../src/argo-docs/validate/index.js';

/** Strips the common indentation of a template literal so YAML can be written indented in tests. */
export const yaml = (strings: TemplateStringsArray, ...values: ReadonlyArray<string>): string => {
  const text = strings.reduce((acc, s, i) => acc + s + (values[i] ?? ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/** [rule, path, message substring]: one expected problem. */
export type Expected = readonly [RuleId, string, string];

export const problemsOf = (source: string | unknown, opts: ValidateOptions = {}): ReadonlyArray<ValidationProblem> =>
  validateDocument(typeof source === 'string' ? (parse(source) as unknown) : source, opts);

/** Asserts the document yields exactly these problems (rule and path), each message containing its substring. */
export const expectProblems = (
  source: string | unknown,
  expected: ReadonlyArray<Expected>,
  opts: ValidateOptions = {},
): ReadonlyArray<ValidationProblem> => {
  const problems = problemsOf(source, opts);
  expect(problems.map((p) => [p.rule, p.path])).toEqual(expected.map(([rule, path]) => [rule, path]));
  expected.forEach(([, , text], i) => expect(problems[i]?.message).toContain(text));
  return problems;
};
