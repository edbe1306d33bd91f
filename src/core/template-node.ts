import type { ArtifactArgNode, NamedArtifact } from './artifact.js';
import type { RefSource, Scope } from './scope.js';
import type { OutputSource, ParamNode } from './param.js';
import type { ContainerTemplatePatch, ScriptTemplatePatch, TemplatePatch } from './patch.js';
import type { RetryStrategy } from './retry-strategy.js';
import type { ContainerSetNode } from './container-set-node.js';
import type { DataNode } from './data-node.js';
import type { HttpNode } from './http-node.js';
import type { PluginNode } from './plugin-node.js';
import type { ResourceNode } from './resource-node.js';
import type { SuspendNode } from './suspend-node.js';
import type { StubNode } from './stub-node.js';
import type { ContainerFieldValues } from './container-fields.js';

export type { ContainerSetNode, ContainerSetMember } from './container-set-node.js';
export type { DataNode } from './data-node.js';
export type { HttpNode } from './http-node.js';
export type { PluginNode } from './plugin-node.js';
export type { ManifestSource, ResourceNode } from './resource-node.js';
export type { SuspendNode } from './suspend-node.js';
export type { StubNode } from './stub-node.js';
export type { ContainerFieldValues } from './container-fields.js';
import type { LibraryRef } from './library-ref.js';
import type { ConditionNode } from './condition-node.js';
import type { DependsNode } from './depends-node.js';
import type { LoopNode } from './loop-node.js';

/** A parameter under its declared name. @category model */
export interface NamedParam {
  readonly name: string;
  readonly param: ParamNode;
}

/** An argument passed to a task, step or workflow, already rendered to Argo's string form. @category model */
export interface ArgNode {
  readonly name: string;
  readonly value: string;
  /** The typed refs the value was built from, for scope checks. */
  readonly refs: ReadonlyArray<RefSource>;
  /** Why the value has no Argo string form (`value` is then empty); the interpreter reports it. */
  readonly invalid?: string;
  /** Given through `extraArgs`: the template does not declare it, and Argo ignores it. */
  readonly extra?: true;
  /** Read from a ConfigMap key when the pod starts (`value` is then empty). */
  readonly valueFrom?: { readonly configMapKeyRef: NonNullable<OutputSource['configMapKeyRef']> };
}

/** Fields every template kind has. @category model */
export interface TemplateBase {
  readonly name: string;
  /** Identity of this template for the refs created inside it. */
  readonly scope: Scope;
  readonly inputs: ReadonlyArray<NamedParam>;
  readonly outputs: ReadonlyArray<NamedParam>;
  /** Declared input artifacts (absent when none). */
  readonly inputArtifacts?: ReadonlyArray<NamedArtifact>;
  /** Declared output artifacts (absent when none). */
  readonly outputArtifacts?: ReadonlyArray<NamedArtifact>;
  /** The declared type of Argo's `outputs.result`, if the template promises one. */
  readonly result?: ParamNode;
  readonly retryStrategy?: RetryStrategy;
  /** Typed refs used in the template: its body (command, args, source...), its fields, its patch. */
  readonly refs: ReadonlyArray<RefSource>;
  /** Argo template fields given as options (`timeout`, `nodeSelector`, ...), refs rendered. */
  readonly fields?: TemplatePatch;
  /** The escape hatch: Argo template fields merged last into the rendered template. */
  readonly patch?: TemplatePatch;
  /** Set on a template of a WorkflowTemplate: its calls render `templateRef`, and it is not copied. */
  readonly library?: LibraryRef;
}

/** @category model */
export interface ContainerNode extends TemplateBase {
  readonly kind: 'Container';
  readonly patch?: ContainerTemplatePatch;
  readonly image: string;
  readonly command?: ReadonlyArray<string>;
  readonly args?: ReadonlyArray<string>;
  /** The container's other fields (`env`, `volumeMounts`, `resources`, ...). */
  readonly containerFields?: ContainerFieldValues;
}

/** @category model */
export interface ScriptNode extends TemplateBase {
  readonly kind: 'Script';
  readonly patch?: ScriptTemplatePatch;
  readonly image: string;
  readonly command?: ReadonlyArray<string>;
  readonly source: string;
  /** The script container's other fields (`args`, `env`, `volumeMounts`, ...). */
  readonly containerFields?: ContainerFieldValues;
  /** A `fn` template's function: `source` runs its text in the pod, the local runner calls it directly. */
  readonly fn?: ScriptFunction;
}

/**
 * The TypeScript function of a `fn` template, from decoded inputs to outputs by name (types are the
 * template's `I` and `O`).
 * @category model
 */
export type ScriptFunction = (inputs: Readonly<Record<string, unknown>>) => unknown;

/** Argo `continueOn`: the workflow goes on past this call when it fails, errors, or both. @category model */
export interface ContinueOn {
  readonly failed?: boolean;
  readonly error?: boolean;
}

/**
 * A lifecycle hook of a call: a template run when the call ends (the `exit` hook) or when `expression`
 * (Argo's expr-lang text) turns true while it runs.
 * @category model
 */
export interface HookNode {
  readonly kind: 'Hook';
  readonly template: TemplateNode;
  readonly arguments: ReadonlyArray<ArgNode>;
  /** Artifact arguments (absent when none). */
  readonly artifacts?: ReadonlyArray<ArtifactArgNode>;
  readonly expression?: string;
  /** What a typed `expression` reads (`eq(flip.status, 'Failed')`): a dag task waits on the tasks it names. */
  readonly expressionSource?: RefSource;
}

/** A hook under its name (`exit`, or any name with an expression). @category model */
export interface NamedHook {
  readonly name: string;
  readonly hook: HookNode;
}

/** A task of a dag, or a step of a steps template. @category model */
export interface CallNode {
  readonly name: string;
  readonly template: TemplateNode;
  readonly arguments: ReadonlyArray<ArgNode>;
  /** Artifact arguments (absent when none). */
  readonly artifacts?: ReadonlyArray<ArtifactArgNode>;
  /** Required inputs the caller passed as `undefined`, which is what a misspelled ref reads as. */
  readonly undefinedArgs?: ReadonlyArray<string>;
  /** A raw govaluate string, or a typed condition; the tasks it reads are recorded in a dag task's `dependencies`. */
  readonly when?: string | ConditionNode;
  readonly loop?: LoopNode;
  readonly continueOn?: ContinueOn;
  /** A template run when the call ends, whatever its outcome; it takes no arguments. */
  readonly onExit?: TemplateNode;
  /** Hooks by name, in the order given; `exit` runs when the call ends. */
  readonly hooks?: ReadonlyArray<NamedHook>;
  /** Render the template inside the call (Argo's `inline`) rather than by name in `spec.templates`. */
  readonly inline?: true;
}

/**
 * A task that a dag task waits on, recorded when the dag is built. `via` says why: an `after` handle,
 * or a ref to the task's outputs in an argument or in `when`.
 * @category model
 */
export interface TaskDependency {
  readonly name: string;
  /** The dag the task belongs to: a task of another dag is no valid dependency, and interpreters report it. */
  readonly scope: Scope;
  readonly via: 'depends' | 'after' | 'arguments' | 'when' | 'loop' | 'hooks';
}

/** @category model */
export interface DagTaskNode extends CallNode {
  readonly kind: 'DagTask';
  /** What the task waits on, each task once: the tasks of `depends`, its `after` handles, then the tasks its arguments and `when` read. */
  readonly dependencies: ReadonlyArray<TaskDependency>;
  /** A `depends` expression; the other tasks of `dependencies` are added to it with `&&`. */
  readonly depends?: DependsNode;
}

/** @category model */
export interface StepNode extends CallNode {
  readonly kind: 'Step';
}

/** @category model */
export interface DagNode extends TemplateBase {
  readonly kind: 'Dag';
  readonly tasks: ReadonlyArray<DagTaskNode>;
  /** Argo `dag.failFast`: `false` lets the other branches run on after a task fails. */
  readonly failFast?: boolean;
  /** Argo `dag.target`: the tasks to run (with what they depend on), space-separated; may hold `{{...}}`. */
  readonly target?: string;
}

/** Steps run group by group; the steps of one group run in parallel. @category model */
export interface StepsNode extends TemplateBase {
  readonly kind: 'Steps';
  readonly groups: ReadonlyArray<ReadonlyArray<StepNode>>;
}

/** The closed union of template kinds: every interpreter handles each one. @category model */
export type TemplateNode =
  | ContainerNode
  | ScriptNode
  | DagNode
  | StepsNode
  | SuspendNode
  | ResourceNode
  | HttpNode
  | ContainerSetNode
  | DataNode
  | PluginNode
  | StubNode;

/** @category model */
export type TemplateKind = TemplateNode['kind'];
