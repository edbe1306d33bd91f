import { field, list, str, strField } from '../../argo-model/json-value.js';
import { parseDepends } from './depends-expression.js';
import type { DependsParse } from './depends-expression.js';

/** One DAG task's dependencies, from `depends` or `dependencies`. */
export interface TaskDeps {
  readonly depends?: DependsParse;
  readonly dependencies: ReadonlyArray<string>;
  /** Every task named, in order of appearance. */
  readonly all: ReadonlyArray<string>;
}

// Up to this many names, a linear scan dedupes faster than a Set.
const SMALL = 16;

/** `names` without repeats, first occurrence kept. */
const unique = (names: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (names.length > SMALL) return [...new Set(names)];
  const out: Array<string> = [];
  for (const n of names) if (!out.includes(n)) out.push(n);
  return out;
};

export const taskDeps = (task: unknown): TaskDeps => {
  const dependsText = strField(task, 'depends');
  const depends = dependsText === '' ? undefined : parseDepends(dependsText);
  const dependencies = list(field(task, 'dependencies')).map((d) => str(d) ?? String(d));
  const named: Array<string> = [];
  for (const t of depends?.terms ?? []) named.push(t.task);
  for (const d of dependencies) named.push(d);
  const all = unique(named);
  return depends === undefined ? { dependencies, all } : { depends, dependencies, all };
};
