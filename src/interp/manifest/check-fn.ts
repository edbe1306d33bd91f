// A `fn` template's function runs alone in its pod: every name it reads must be its own or a global there.
import * as E from 'fp-ts/lib/Either.js';
import type { Problem } from '../../core/problem.js';
import type { ScriptFunction, ScriptNode } from '../../core/template-node.js';
import { freeNames } from './free-names.js';

/** JavaScript and Node globals, and `__name`, which the script defines for functions tsx compiled. */
let globals: ReadonlySet<string> | undefined;
const isGlobal = (name: string): boolean => (globals ??= new Set([...Object.getOwnPropertyNames(globalThis), '__name'])).has(name);

/** What keeps the function of a `fn` template from running in its pod: names it captured, or a text that is no function. */
export const fnProblems = (t: ScriptNode, body: ScriptFunction): ReadonlyArray<Problem> => {
  const names = freeNames(body.toString());
  if (E.isLeft(names)) {
    return [{ template: t.name, path: 'fn', message: `the function's text cannot run in the pod (${names.left}); pass an arrow function or a function expression, not a method or a bound function` }];
  }
  return names.right
    .filter((name) => !isGlobal(name))
    .map((name) => ({
      template: t.name,
      path: 'fn',
      message: `the function reads '${name}' from outside itself, which does not exist in the pod; declare it inside the function or pass it as an input`,
    }));
};
