// The sentence errors of typed control flow (conditions, depends, loops), read back from the checker at the call site.
import { describe, expect, it } from 'vitest';
import { compileFixtures, type CompiledFixture } from '../support/compile-fixture.js';

const header = `
import * as t from 'io-ts';
import { and, clusterWorkflowTemplate, container, dag, eq, expression, gt, hook, inList, matches, ne, not, or, param, script, step, steps, wf, workflow, workflowTemplate, type Ref } from '../../src/index.js';
import { double, echo, randomInt } from '../../type-tests/fixtures.js';
const coin = script({ name: 'coin', image: 'python', command: ['python'], source: 'print("heads")', result: param.enum('heads', 'tails') });
const done = container({ name: 'done', image: 'b', command: ['true'] });
const lister = container({ name: 'lister', image: 'b', command: ['x'], outputs: { files: param.json(t.array(t.type({ path: t.string })), { path: '/f' }) } });
`;

/** Each case: statements with a `/*✗*\/` before each expected error, and the sentences, in order. */
const cases = {
  'an enum literal outside the enum': [
    `steps('s', (s) => { const f = s.step('f', coin, {}); s.step('h', echo, { message: 'x' }, { when: eq(f.out.result, /*✗*/'head') }); });`,
    `Argument of type '"head"' is not assignable to parameter of type '"✗ 'head' is not one of heads, tails"'.`,
  ],
  'a number compared with a string ref': [
    `dag('d', (d) => { const e = d.task('e', echo, { message: 'm' }); const r = d.task('r', randomInt, {}); d.task('x', double, { n: 1 }, { when: ne(r.out.result, /*✗*/'five') }); });`,
    `Argument of type '"five"' is not assignable to parameter of type '"✗ cannot compare a Ref<number> with a string"'.`,
  ],
  'an enum ref compared with a number ref': [
    `dag('d', (d) => { const c = d.task('c', coin, {}); const r = d.task('r', randomInt, {}); d.task('x', double, { n: 1 }, { when: eq(c.out.result, /*✗*/r.out.result) }); });`,
    `Argument of type 'Ref<number>' is not assignable to parameter of type '"✗ cannot compare a Ref<one of its enum values> with a Ref<number>"'.`,
  ],
  'gt on a string ref': [
    `dag('d', (d) => { const c = d.task('c', coin, {}); d.task('x', double, { n: 1 }, { when: gt(/*✗*/c.out.result, 5) }); });`,
    `Argument of type 'Ref<"heads" | "tails">' is not assignable to parameter of type '"✗ only numbers are ordered, but got a Ref<enum>"'.`,
  ],
  'matches on a number ref': [
    `dag('d', (d) => { const r = d.task('r', randomInt, {}); d.task('x', double, { n: 1 }, { when: matches(/*✗*/r.out.result, '1.*') }); });`,
    `Argument of type 'Ref<number>' is not assignable to parameter of type '"✗ matches tests a Ref<string>, but got a Ref<number>"'.`,
  ],
  'a list value outside the enum': [
    `dag('d', (d) => { const c = d.task('c', coin, {}); d.task('x', double, { n: 1 }, { when: inList(c.out.result, ['heads', /*✗*/'edge']) }); });`,
    `Type '"edge"' is not assignable to type '"heads" | "✗ 'edge' is not one of heads, tails"'.`,
  ],
  'depends on a task of another dag': [
    `dag('b', (d) => { const x = dag('c', (c) => { const k = c.task('k', echo, { message: 'm' }); d./*✗*/task('x', echo, { message: 'm' }, { depends: k.failed }); }); });`,
    `Type 'DependsExpr<"c">' is not assignable to type '"✗ depends names a task of dag 'c', but this task is in dag 'b'; a task can only wait on tasks of its own dag"'.`,
  ],
  'after a task of another dag': [
    `dag('b', (d) => { const a = d.task('a', echo, { message: 'm' }); dag('c', (c) => { const k = c.task('k', echo, { message: 'm' }); d./*✗*/task('x', echo, { message: 'm' }, { after: [a, k] }); }); });`,
    `Type 'TaskHandle<OutputsOf<{}>, "c">' is not assignable to type '"✗ after names a task of dag 'c', but this task is in dag 'b'; a task can only wait on tasks of its own dag"'.`,
  ],
  'a target on a task of another dag': [
    `dag('b', (d) => { const a = d.task('a', echo, { message: 'm' }); dag('c', (c) => { const k = c.task('k', echo, { message: 'm' }); d./*✗*/target([a, k]); }); });`,
    `Type 'TaskHandle<OutputsOf<{}>, "c">' is not assignable to type '"✗ target names a task of dag 'c', but the target is set on dag 'b'; a dag can only target its own tasks"'.`,
  ],
  'withParam over a non-array ref': [
    `dag('d', (d) => { const r = d.task('r', randomInt, {}); d./*✗*/task('x', double, () => ({ n: 1 }), { withParam: r.out.result }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ withParam needs a ref to a JSON list (a param.json(t.array(...)) output or a looped call's output), but got a Ref<number>"'.`,
  ],
  'a wrong field of a typed item': [
    `dag('d', (d) => { d.task('x', echo, (i) => ({ message: i./*✗*/nam }), { withItems: [{ name: 'a' }] }); });`,
    `Property 'nam' does not exist on type 'ItemRef<{ name: string; }>'. Did you mean 'name'?`,
  ],
  'a wrong field of a withParam item': [
    `dag('d', (d) => { const l = d.task('l', lister, {}); d.task('x', echo, (f) => ({ message: f./*✗*/name }), { withParam: l.out.files }); });`,
    `Property 'name' does not exist on type 'ItemRef<{ path: string; }>'.`,
  ],
  'a looped output read as one value': [
    `dag('d', (d) => { const e = d.task('e', double, (i) => ({ n: i }), { withItems: [1, 2] }); d.task('x', double, { /*✗*/n: e.out.doubled }); });`,
    `Type 'Ref<number[]>' is not assignable to type '"✗ input 'n' expects number, but got a Ref<a JSON value of its codec>"'.`,
  ],
  'item outside a loop': [
    `dag('d', (d) => { d.task('x', echo, /*✗*/(/*✗*/i) => ({ message: i })); });`,
    `Type '(i: any) => { message: any; }' is not assignable to type '{ readonly message: "✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence"; }'.`,
    `Parameter 'i' implicitly has an 'any' type.`,
  ],
  'item outside a loop, on a task with options': [
    `dag('d', (d) => { d./*✗*/task('x', done, (/*✗*/i) => ({}), { onExit: done }); });`,
    `Type '(i: any) => {}' is not assignable to type '"✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence"'.`,
    `Parameter 'i' implicitly has an 'any' type.`,
  ],
  'item outside a loop, its type annotated': [
    `dag('d', (d) => { d.task('x', echo, /*✗*/(i: string) => ({ message: i })); });`,
    `Type '(i: string) => { message: string; }' is not assignable to type '{ readonly message: "✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence"; }'.`,
  ],
  'item outside a loop, on a step': [
    `steps('s', (s) => { s.step('x', echo, /*✗*/(/*✗*/i) => ({ message: i })); });`,
    `Type '(i: any) => { message: any; }' is not assignable to type '{ readonly message: "✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence"; }'.`,
    `Parameter 'i' implicitly has an 'any' type.`,
  ],
  'item outside a loop, on a free step': [
    `step('x', echo, /*✗*/(/*✗*/i) => ({ message: i }));`,
    `Type '(i: any) => { message: any; }' is not assignable to type '{ readonly message: "✗ arguments are a function of the loop item, but the call has no withItems, withParam or withSequence"; }'.`,
    `Parameter 'i' implicitly has an 'any' type.`,
  ],
  'an onExit template with a required input': [
    `steps('s', (s) => { s./*✗*/step('a', double, { n: 1 }, { onExit: echo }); });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ onExit runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'an exit hook template with a required input': [
    `dag('d', (d) => { d./*✗*/task('a', double, { n: 1 }, { hooks: { exit: echo } }); });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a hook whose required input is not given': [
    `step('a', double, { n: 1 }, { hooks: { exit: hook(/*✗*/{ template: echo }) } });`,
    `Property 'arguments' is missing in type '{ template: Template<{ readonly message: string; }, OutputsOf<{}>>; }' but required in type '{ readonly arguments: "✗ hook's template needs message; give it in arguments"; }'.`,
  ],
  'a workflow-level running hook whose required input is not given': [
    `workflow({ generateName: 'x-', entrypoint: done, hooks: { running: hook(/*✗*/{ template: double, expression: eq(wf.status, 'Running') }) } });`,
    `Property 'arguments' is missing in type '{ template: Template<{ readonly n: number; readonly note?: string; }, OutputsOf<{ readonly doubled: Param<number, false>; }>>; expression: Condition; }' but required in type '{ readonly arguments: "✗ hook's template needs n; give it in arguments"; }'.`,
  ],
  'a hook argument of the wrong type': [
    `step('a', double, { n: 1 }, { hooks: { exit: hook({ template: double, arguments: { /*✗*/n: 'one' } }) } });`,
    `Type '"one"' is not assignable to type '"✗ input 'n' expects number, but got a string"'.`,
  ],
  "a hook reading its own call's output, of the wrong type": [
    `steps('s', (s) => { s.step('a', double, { n: 1 }, { hooks: (self) => ({ exit: hook({ template: echo, arguments: { /*✗*/message: self.out.doubled } }) }) }); });`,
    `Type 'Ref<number>' is not assignable to type '"✗ input 'message' expects string, but got a Ref<number>"'.`,
  ],
  "a hook of a task not given its template's required input": [
    `dag('d', (d) => { d.task('a', double, { n: 1 }, { hooks: (self) => ({ exit: hook({ template: double, /*✗*/arguments: { note: 'x' } }) }) }); });`,
    `Property 'n' is missing in type '{ note: "x"; }' but required in type '{ readonly n: "✗ missing required input 'n' (number)"; }'.`,
  ],
  'a bare exit hook template with a required input, from a hooks function': [
    `dag('d', (d) => { d./*✗*/task('a', double, { n: 1 }, { hooks: (self) => ({ exit: echo }) }); });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  "an output parameter named 'result' next to the result option": [
    `container({ name: 'c', image: 'b', command: ['x'], result: param.number(), outputs: { /*✗*/result: param.string({ path: '/r' }) } });`,
    `Type 'Param<string, false>' is not assignable to type '"✗ 'result' is both the template's stdout (its \`result\` option) and a declared output parameter, and \`out.result\` can only read one: rename the output parameter, or drop the \`result\` option (stdout stays readable as expr('steps.<name>.outputs.result'))"'.`,
  ],
  'a bare exit hook with a required input on a step of a parallel group (template-level)': [
    `steps('s', (s) => { s.parallel((p) => { p./*✗*/step('a', double, { n: 1 }, { hooks: { exit: echo } }); }); });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a bare running hook with a required input on a free step': [
    `/*✗*/step('a', double, { n: 1 }, { hooks: { running: echo } });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'running' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a bare exit hook with a required input on a looped task': [
    `dag('d', (d) => { d./*✗*/task('a', double, (/*✗*/i) => ({ n: i }), { withItems: [1], hooks: { exit: echo } }); });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
    `Parameter 'i' implicitly has an 'any' type.`,
  ],
  'a bare workflow-level exit hook with a required input': [
    `workflow({ generateName: 'x-', entrypoint: done, hooks: { /*✗*/exit: echo } });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a bare workflow-level running hook with a required input': [
    `workflow({ generateName: 'x-', entrypoint: done, hooks: { /*✗*/running: echo } });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'running' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a workflow onExit with a required input': [
    `workflow({ generateName: 'x-', entrypoint: done, /*✗*/onExit: echo });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ onExit runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a WorkflowTemplate onExit with a required input': [
    `workflowTemplate({ name: 'lib', templates: { done }, /*✗*/onExit: echo });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ onExit runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a bare WorkflowTemplate-level running hook with a required input': [
    `workflowTemplate({ name: 'lib', templates: { done }, hooks: { /*✗*/running: echo } });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'running' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a bare ClusterWorkflowTemplate-level exit hook with a required input': [
    `clusterWorkflowTemplate({ name: 'lib', templates: { done }, hooks: { /*✗*/exit: echo } });`,
    `Type 'Template<{ readonly message: string; }, OutputsOf<{}>>' is not assignable to type '"✗ hook 'exit' runs without arguments, but its template needs message; use hook({ template, arguments })"'.`,
  ],
  'a WorkflowTemplate hook argument of the wrong type': [
    `workflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: hook({ template: double, arguments: { /*✗*/n: 'one' } }) } });`,
    `Type '"one"' is not assignable to type '"✗ input 'n' expects number, but got a string"'.`,
  ],
  'the workflow status compared with a misspelled phase': [
    `eq(wf.status, /*✗*/'Succeded');`,
    `Argument of type '"Succeded"' is not assignable to parameter of type '"✗ 'Succeded' is not one of Running, Succeeded, Failed, Error"'.`,
  ],
  'the workflow status compared with a node phase, in an expression<boolean>': [
    `hook({ template: done, expression: expression<boolean>\`\${eq(wf.status, /*✗*/'Skipped')} && \${true}\` });`,
    `Argument of type '"Skipped"' is not assignable to parameter of type '"✗ 'Skipped' is not one of Running, Succeeded, Failed, Error"'.`,
  ],
  'a step status compared with a non-phase in a when': [
    `steps('s', (s) => { const f = s.step('f', coin, {}); s.step('g', done, {}, { when: ne(f.status, /*✗*/'heads') }); });`,
    `Argument of type '"heads"' is not assignable to parameter of type '"✗ 'heads' is not one of Running, Succeeded, Failed, Error, Pending, Skipped, Omitted"'.`,
  ],
  'a task status compared with a number in a hook expression': [
    `dag('d', (d) => { const c = d.task('c', coin, {}); d.task('x', done, {}, { hooks: { running: hook({ template: done, expression: eq(c.status, /*✗*/1) }) } }); });`,
    `Argument of type '1' is not assignable to parameter of type '"✗ cannot compare a Ref<enum> with a number"'.`,
  ],
  "a hook function comparing its own call's status with a non-phase": [
    `dag('d', (d) => { d.task('a', done, {}, { hooks: (self) => ({ running: hook({ template: done, expression: eq(self.status, /*✗*/'Runing') }) }) }); });`,
    `Argument of type '"Runing"' is not assignable to parameter of type '"✗ 'Runing' is not one of Running, Succeeded, Failed, Error, Pending, Skipped, Omitted"'.`,
  ],
} satisfies Record<string, readonly [string, ...string[]]>;

type Case = keyof typeof cases;
let compiled: Readonly<Record<Case | 'accepted', CompiledFixture>> | undefined;
const fixture = (name: Case | 'accepted'): CompiledFixture => {
  compiled ??= compileFixtures({
    ...(Object.fromEntries(Object.entries(cases).map(([name, [body]]) => [name, header + body])) as Record<Case, string>),
    accepted: `${header}
dag('d', (d) => {
  const c = d.task('c', coin, {});
  const r = d.task('r', randomInt, {});
  d.task('a', echo, { message: 'a' }, { when: and(eq(c.out.result, 'heads'), gt(r.out.result, 5), not(matches(c.out.result, 'h.*'))) });
  d.task('b', echo, { message: 'b' }, { when: or(inList(c.out.result, ['heads', 'tails']), ne(r.out.result, r.out.result)) });
  d.task('e', echo, { message: 'e' }, { depends: or(c.succeeded, and(r.failed, not(c.skipped))) });
  const l = d.task('l', lister, {});
  const each = d.task('each', double, (i) => ({ n: i.size }), { withItems: [{ size: 1 }, { size: 2 }] });
  d.task('p', echo, (f) => ({ message: f.path }), { withParam: l.out.files });
  d.task('q', echo, (i) => ({ message: \`part-\${i}\` }), { withSequence: { start: 1, end: r.out.result } });
  d.task('fan', echo, (n) => ({ message: \`\${n}\` }), { withParam: each.out.doubled, depends: each.anySucceeded });
});
steps('s', (s) => {
  const f = s.step('f', coin, {});
  s.step('h', echo, (i) => ({ message: i }), { withItems: ['a', 'b'], when: eq(f.out.result, 'heads') });
  s.parallel((p) => { p.step('n', double, (i) => ({ n: i }), { withSequence: { count: 3 } }); });
});
step('free', echo, (i) => ({ message: i.k }), { withItems: [{ k: 'v' }] });
dag('exits', (d) => {
  const a = d.task('a', double, { n: 1 }, { continueOn: { failed: true }, onExit: done, hooks: { exit: done } });
  d.task('b', echo, { message: 'b' }, { after: [a], hooks: { exit: hook({ template: echo, arguments: { message: \`\${a.out.doubled}\` } }), running: hook({ template: done, expression: 'true' }) } });
  d.task('c', echo, (i) => ({ message: i }), { withItems: ['x'], onExit: done, continueOn: { error: true } });
  d.task('own', double, { n: 1 }, { after: [a], hooks: (self) => ({ exit: hook({ template: double, arguments: { n: self.out.doubled } }), done: hook({ template: echo, arguments: { message: \`\${self.exitCode}\` }, expression: 'true' }) }) });
  d.task('d', done, {}, { when: eq(a.status, 'Failed'), hooks: { running: hook({ template: done, expression: or(eq(a.status, 'Running'), ne(a.status, 'Skipped')) }) } });
});
dag('own-loop', (d) => {
  // On a looped call \`self\` is annotated: TypeScript reads the item's type from options without an unannotated function.
  d.task('each-own', double, (n) => ({ n }), { withItems: [1, 2], hooks: (self: { readonly out: { readonly doubled: Ref<number> } }) => ({ exit: hook({ template: double, arguments: { n: self.out.doubled } }) }) });
});
steps('own-steps', (s) => {
  s.step('a', double, { n: 1 }, { hooks: (self) => ({ exit: hook({ template: double, arguments: { n: self.out.doubled } }) }) });
  s.parallel((p) => { p.step('b', randomInt, {}, { hooks: (self) => ({ exit: done, running: hook({ template: double, arguments: { n: self.out.result }, expression: 'true' }) }) }); });
});
const resultOut = container({ name: 'r', image: 'b', command: ['x'], outputs: { result: param.number({ path: '/r' }) } });
steps('result-out', (s) => { const r = s.step('r', resultOut, {}); s.step('d', double, { n: r.out.result }); });
step('free-own', randomInt, {}, { hooks: (self) => ({ exit: hook({ template: double, arguments: { n: self.out.result } }) }) });
workflow({ generateName: 'x-', entrypoint: done, onExit: done, hooks: { exit: done, running: hook({ template: echo, arguments: { message: \`\${wf.status}\` }, expression: eq(wf.status, 'Running') }) } });
workflow({ generateName: 'x-', entrypoint: done, hooks: { failed: hook({ template: done, expression: expression<boolean>\`\${eq(wf.status, 'Failed')} || \${inList(wf.status, ['Error'])}\` }) } });
workflowTemplate({ name: 'lib', templates: { done }, onExit: done });
workflowTemplate({ name: 'lib', templates: { done }, hooks: { exit: done, running: hook({ template: echo, arguments: { message: \`\${wf.name}\` }, expression: eq(wf.status, 'Running') }) } });
clusterWorkflowTemplate({ name: 'lib', entrypoint: done, templates: {}, hooks: { succeeded: hook({ template: double, arguments: { n: 1 }, expression: eq(wf.status, 'Succeeded') }) } });
dag('failures', (d) => void d.task('each', echo, (f) => ({ message: f.displayName }), { withParam: wf.failures }));`,
  });
  return compiled[name];
};

describe('control-flow sentences at the call site', () => {
  it.each(Object.keys(cases) as Case[])('%s', (name) => {
    const [, ...sentences] = cases[name];
    const { diagnostics, markers } = fixture(name);
    expect(diagnostics.map((d) => ({ at: d.at, sentence: d.sentence }))).toEqual(
      markers.map((at, i) => ({ at, sentence: sentences[i] })),
    );
  }, 60_000);

  it('accepts conditions, depends expressions and loops of the right types', () => {
    expect(fixture('accepted').diagnostics.map((d) => d.text)).toEqual([]);
  }, 60_000);
});
