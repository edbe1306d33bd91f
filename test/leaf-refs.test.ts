// Typed refs in a container's or script's body: its own inputs and raw expressions, nothing else.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { container, dag, expr, renderWorkflow, workflow } from '../src/index.js';
import { randomInt } from './support/templates.js';

describe('a leaf body', () => {
  const leaf = (arg: unknown) =>
    renderWorkflow(
      workflow({ generateName: 'x-', entrypoint: container({ name: 'c', image: 'busybox', command: ['echo', arg as string] }) }),
    );

  it('may use a raw Argo expression: Argo’s variable rules check it', () => {
    const r = leaf(expr<string>('workflow.name'));
    expect(E.isRight(r) && r.right.spec.templates[0]?.container?.command).toEqual(['echo', '{{workflow.name}}']);
  });

  it('may not use a task output, and the message names the task', () => {
    let leaked: { readonly out: { readonly result: unknown } } | undefined;
    dag('first', (b) => {
      leaked = b.task('r', randomInt, {});
    });
    const r = leaf(leaked!.out.result);
    expect(E.isLeft(r) && r.left).toEqual([
      {
        template: 'c',
        message: "uses an output of task 'r' of 'first'; a container or script can only use its own inputs",
      },
    ]);
  });
});
