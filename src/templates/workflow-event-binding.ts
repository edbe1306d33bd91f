import type { AnyParam, ParamNode } from '../core/param.js';
import type { WorkflowEventBinding } from '../core/workflow-event-binding.js';
import type { BindingArgNode, BindingSubmitNode, WorkflowEventBindingNode } from '../core/workflow-event-binding-node.js';
import type { WorkflowMetadata } from '../core/workflow-node.js';
import type { WorkflowTemplate } from '../core/workflow-template.js';
import { libraryGlobals } from '../core/workflow-template-node.js';
import type { ArgumentsLeftOut, ArgumentsRequired, BindingArgsFor } from '../typed-refs/workflow-args.js';
import { renderParamArgs } from './call-args.js';

/** What a binding submits: a WorkflowTemplate, with arguments typed by its globals and its entrypoint's inputs. @category model */
export interface BindingSubmit<G, E, S, A> {
  readonly workflowTemplateRef: WorkflowTemplate<unknown, G, E, S>;
  /** Literal values, or `param.*({ event: 'payload.x' })` to read one from the event. */
  readonly arguments?: A;
  /** Labels and annotations of the workflow it submits. */
  readonly metadata?: Pick<WorkflowMetadata, 'labels' | 'annotations'>;
}

/** @category model */
export interface WorkflowEventBindingSpec<G, E, S, A> extends Omit<WorkflowMetadata, 'name' | 'generateName'> {
  readonly name: string;
  /** `selector`: the expr-lang expression over the event (`payload`, `metadata`, `discriminator`) that must hold. */
  readonly event: { readonly selector: string };
  readonly submit?: BindingSubmit<G, E, S, A>;
}

const isParam = (u: unknown): u is AnyParam => typeof u === 'object' && u !== null && (u as Partial<ParamNode>).kind === 'Param';

/**
 * A WorkflowEventBinding: when an event posted to the Argo Server (`/api/v1/events/{namespace}/{discriminator}`)
 * matches `event.selector`, Argo submits a workflow from `submit.workflowTemplateRef` with `submit.arguments`,
 * checked by the checker against the template's globals (and those it `expects`) like a workflow's arguments.
 * @example
 * ```ts
 * export const binding = workflowEventBinding({
 *   name: 'event-consumer',
 *   event: { selector: 'payload.appellation != ""' },
 *   submit: { workflowTemplateRef: eventConsumer, arguments: { appellation: param.string({ event: 'payload.appellation' }) } },
 * });
 * // kind: WorkflowEventBinding
 * // metadata: { name: event-consumer }
 * // spec:
 * //   event: { selector: payload.appellation != "" }
 * //   submit:
 * //     workflowTemplateRef: { name: event-consumer }
 * //     arguments: { parameters: [{ name: appellation, valueFrom: { event: payload.appellation } }] }
 * ```
 * @category constructors
 */
export const workflowEventBinding = <G = {}, E = {}, S = {}, const A extends BindingArgsFor<G, E, A, S> | ArgumentsLeftOut = ArgumentsLeftOut>(
  spec: WorkflowEventBindingSpec<G, E, S, A> & { readonly submit?: ArgumentsRequired<G, E, A, S> },
): WorkflowEventBinding => {
  const { name, namespace, labels, annotations, event, submit } = spec;
  const metadata: WorkflowMetadata = Object.freeze({
    name,
    ...(namespace !== undefined && { namespace }),
    ...(labels !== undefined && { labels }),
    ...(annotations !== undefined && { annotations }),
  });
  const submitNode = (s: BindingSubmit<G, E, S, A>): BindingSubmitNode => {
    const lib = s.workflowTemplateRef.node;
    const declared = [...libraryGlobals(lib), ...(lib.entrypoint?.inputs ?? [])];
    const args = Object.entries((s.arguments ?? {}) as Readonly<Record<string, unknown>>).flatMap(([arg, v]): ReadonlyArray<BindingArgNode> =>
      v === undefined ? [] : isParam(v) ? [{ param: Object.freeze({ name: arg, param: v }) }] : renderParamArgs(declared, { [arg]: v }).map((a) => ({ arg: a })),
    );
    return Object.freeze({ workflowTemplateRef: lib, arguments: Object.freeze(args), ...(s.metadata !== undefined && { metadata: s.metadata }) });
  };
  const node: WorkflowEventBindingNode = {
    kind: 'WorkflowEventBinding',
    metadata,
    selector: event.selector,
    ...(submit !== undefined && { submit: submitNode(submit) }),
  };
  return Object.freeze({ kind: 'WorkflowEventBinding', node: Object.freeze(node) });
};
