import type { ParamRecord } from '../core/param.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { DagNode, StepsNode, TemplateBase } from '../core/template-node.js';
import { namedParams, type DeclaredRefs } from './template-spec.js';

/** What a call of a dag or steps template reads, known before its body runs: its name and declarations. */
export const declaredHead = (
  name: string,
  at: DeclaredRefs,
  outputs: ParamRecord | undefined,
): Pick<TemplateBase, 'name' | 'scope' | 'inputs' | 'outputs' | 'inputArtifacts' | 'outputArtifacts' | 'refs'> => ({
  name,
  scope: at.scope,
  inputs: at.inputs,
  outputs: namedParams(outputs),
  ...(at.inputArtifacts !== undefined && { inputArtifacts: at.inputArtifacts }),
  ...(at.outputArtifacts !== undefined && { outputArtifacts: at.outputArtifacts }),
  refs: [],
});

/**
 * The template a dag or steps body is building, handed to the body as `self` so it can call itself
 * (recursion, by name). While the body runs, its node holds what a call reads (name, scope, declared
 * inputs and outputs); `close` completes that same node and freezes it, so every call of `self` ends up
 * pointing at the finished, frozen template.
 */
export const openTemplate = <N extends DagNode | StepsNode>(head: N) => {
  const node: N = { ...head };
  return {
    self: Object.freeze({ kind: 'Template', node }) as unknown as Template<never, never>,
    close: (complete: N): Template<unknown, unknown> => makeTemplate(Object.assign(node, complete)),
  };
};

/** A node still being built: only `self` inside its own body gives one. */
export const isOpen = (node: object): boolean => !Object.isFrozen(node);
