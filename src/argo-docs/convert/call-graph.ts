// Which templates of a document reach which through their calls (tasks, steps, hooks, exit handlers):
// a template that reaches itself is recursive, and is written with the `self` its dag or steps body gets.
import type { Template as ArgoTemplate } from '../../argo-model/generated/argo-types.js';
import { templateCalls } from './template-calls.js';

/** `reaches(a, b)`: template `a` runs `b`, directly or through other templates of the document. */
export type Reaches = (from: string, to: string) => boolean;

export const callGraph = (templates: ReadonlyArray<ArgoTemplate>): Reaches => {
  const direct = new Map(templates.map((t) => [t.name ?? '', new Set(templateCalls(t).flatMap((c) => (c.template === undefined ? [] : [c.template])))]));
  const closure = new Map<string, ReadonlySet<string>>();
  const reachable = (from: string): ReadonlySet<string> => {
    const known = closure.get(from);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const todo = [...(direct.get(from) ?? [])];
    for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      todo.push(...(direct.get(next) ?? []));
    }
    closure.set(from, seen);
    return seen;
  };
  return (from, to) => reachable(from).has(to);
};
