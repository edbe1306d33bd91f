// One `{{...}}` scanner, with Argo's rules, behind the manifest interpreter's ref checks and the validator.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compileWorkflow, dag, renderWorkflow, workflow, type Template } from '../../src/index.js';
import { scanInputRefs, scanNodeRefs, scanTags } from '../../src/core/tag-scanner.js';
import { echo, randomInt } from '../support/templates.js';

const keys = (s: string): ReadonlyArray<string> => scanTags(s).tags.map((t) => t.key);

describe('scanTags', () => {
  it('reads simple tags trimmed, keeping the raw text', () => {
    expect(scanTags('a {{ inputs.parameters.x }} b {{item}}').tags).toEqual([
      { raw: ' inputs.parameters.x ', key: 'inputs.parameters.x', expression: false },
      { raw: 'item', key: 'item', expression: false },
    ]);
  });

  it('ends a tag at the first }}, as Argo does, so nested braces end it early', () => {
    expect(keys('{{a.{{b}}}}')).toEqual(['a.{{b']);
    expect(keys('{{=toJson({"v": tasks.a.outputs.result})}}')).toEqual(['=toJson({"v": tasks.a.outputs.result})']);
  });

  it('tells expressions by a = right after the braces only', () => {
    expect(scanTags('{{=1 + 1}} {{ =x}}').tags.map((t) => t.expression)).toEqual([true, false]);
  });

  it('reports an unterminated tag with its offset and keeps the tags before it', () => {
    expect(scanTags('{{a}} and {{b')).toEqual({ tags: [{ raw: 'a', key: 'a', expression: false }], unclosedAt: 10 });
    expect(scanTags('no tags }} here')).toEqual({ tags: [] });
  });
});

describe('the manifest interpreter reads refs with it', () => {
  it('finds task refs in simple tags and in expressions that hold braces', () => {
    expect(scanNodeRefs('{{ tasks.a.outputs.parameters.p }}')).toEqual([
      { owner: 'tasks', node: 'a', field: 'outputs.parameters.p' },
    ]);
    expect(scanNodeRefs('{{=toJson({"v": steps.b.outputs.result})}}')).toEqual([{ owner: 'steps', node: 'b' }]);
    expect(scanNodeRefs('{{tasks.a.outputs.result}} {{tasks.b.outputs.result')).toEqual([
      { owner: 'tasks', node: 'a', field: 'outputs.result' },
    ]);
  });

  it("finds expr-lang's index form, which names with dashes need", () => {
    expect(scanNodeRefs(`{{=steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.result : tasks[ "b-2" ].x}}`)).toEqual([
      { owner: 'steps', node: 'flip-coin' },
      { owner: 'steps', node: 'heads' },
      { owner: 'tasks', node: 'b-2' },
    ]);
  });

  it('finds input refs in simple tags only', () => {
    expect(scanInputRefs('{{ inputs.parameters.x }} {{=inputs.parameters.y}} {{inputs.parameters.z')).toEqual(['x']);
  });

  const flip = (when: string): Template<{}, {}> =>
    dag('flip', (d) => {
      d.task('a', randomInt, {});
      d.task('b', echo, { message: 'b' }, { when });
    });

  it('infers a dependency from an expression with a map literal in it', () => {
    const m = renderWorkflow(workflow({ generateName: 'x-', entrypoint: flip('{{=toJson({"v": tasks.a.outputs.result}) != "{}"}}') }));
    const tasks = E.isRight(m) ? m.right.spec.templates.find((t) => t.name === 'flip')?.dag?.tasks : undefined;
    expect(tasks?.map((t) => [t.name, t.depends])).toEqual([
      ['a', undefined],
      ['b', 'a'],
    ]);
  });

  it('sees the tags before an unterminated one, and the validator reports the unterminated one', () => {
    const when = '{{tasks.a.outputs.result}} > 5 {{';
    const wf = workflow({ generateName: 'x-', entrypoint: flip(when) });
    const m = renderWorkflow(wf);
    expect(E.isRight(m) && m.right.spec.templates.find((t) => t.name === 'flip')?.dag?.tasks?.[1]?.depends).toBe('a');
    const c = compileWorkflow(wf);
    expect(E.isLeft(c) && c.left.map((p) => p.message)).toEqual([
      `'{{' at offset ${when.lastIndexOf('{{')} is never closed; add '}}' or remove the braces`,
    ]);
  });
});
