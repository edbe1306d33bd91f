import type { ContainerSetRetryStrategy } from '../argo-model/generated/argo-types.js';
import type { VolumeMount } from '../argo-model/generated/k8s-types.js';
import type { ContainerSetMember, ContainerSetNode } from '../core/container-set-node.js';
import type { AnyParam, InputsOf, ParamRecord } from '../core/param.js';
import type { TemplatePatch } from '../core/patch.js';
import type { Scope } from '../core/scope.js';
import { makeTemplate, type Template } from '../core/template.js';
import type { InputRefs, Ref } from '../typed-refs/ref.js';
import type { RefAware } from '../typed-refs/ref-aware.js';
import { containerFields } from './container-body.js';
import type { ContainerFields, FromInputs, TemplateFields } from './template-fields.js';
import { templateBuilder, type BaseSpec, type LeafOutputs, type Strings } from './template-spec.js';

/**
 * A container of the container set named `S`, to name in another's `dependencies`. The name brand makes
 * a handle of another set a type error wherever set names are literals (the interpreter checks the rest).
 * @category model
 */
export interface ContainerHandle<S extends string = string> {
  readonly kind: 'ContainerHandle';
  readonly name: string;
  readonly scope: Scope;
  readonly _S: S;
}

/** One container of a set: every Kubernetes container field, plus what it waits on. @category model */
export interface ContainerSetMemberSpec<P, S extends string = string> extends ContainerFields<P> {
  readonly image: FromInputs<P, string | Ref<string>>;
  readonly command?: FromInputs<P, Strings>;
  readonly args?: FromInputs<P, Strings>;
  /** Containers that must finish first: handles returned by `c.container(...)`, never names. */
  readonly dependencies?: ReadonlyArray<ContainerHandle<S>>;
}

/** What the `containers` body receives. @category model */
export interface ContainerSetBuilder<P, S extends string = string> {
  container(name: string, spec: ContainerSetMemberSpec<P, S>): ContainerHandle<S>;
}

/** @category model */
export interface ContainerSetSpec<
  P extends ParamRecord,
  Q extends ParamRecord,
  R extends AnyParam | undefined,
  S extends string = string,
> extends Omit<BaseSpec<P, Q, R>, 'retryStrategy' | 'name'>,
    TemplateFields<P> {
  readonly name: S;
  /** Adds the containers, statements on the builder; a container's `dependencies` are handles. */
  readonly containers: (c: ContainerSetBuilder<P, S>, inputs: InputRefs<InputsOf<P>>) => void;
  /** Mounts shared by every container of the set. */
  readonly volumeMounts?: FromInputs<P, RefAware<ReadonlyArray<VolumeMount>>>;
  /** The set's own retry of its containers; retry the whole template with `withRetry`. */
  readonly retryStrategy?: FromInputs<P, RefAware<ContainerSetRetryStrategy>>;
  /** The type of the `main` container's stdout, read back as `X.out.result`. */
  readonly result?: R;
  /** The escape hatch for fields newer than the model; it may not set what tiphys builds. */
  readonly patch?: FromInputs<P, TemplatePatch>;
}

const OWN: ReadonlySet<string> = new Set(['containers', 'volumeMounts', 'containerRetryStrategy']);

/**
 * Several containers in one pod, run as a graph: a container starts when its `dependencies` finish.
 *
 * @example
 * ```ts
 * const build = containerSet({
 *   name: 'build',
 *   volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
 *   containers: (c) => {
 *     const a = c.container('checkout', { image: 'alpine/git', command: ['git', 'clone', '...'] });
 *     c.container('main', { image: 'golang', command: ['go', 'build'], dependencies: [a] });
 *   },
 * });
 * // - name: build
 * //   containerSet:
 * //     volumeMounts: [{name: workspace, mountPath: /workspace}]
 * //     containers:
 * //     - {name: checkout, image: alpine/git, command: [git, clone, '...']}
 * //     - {name: main, image: golang, command: [go, build], dependencies: [checkout]}
 * ```
 * @category constructors
 */
export const containerSet = <
  const P extends ParamRecord = {},
  const Q extends ParamRecord = {},
  R extends AnyParam | undefined = undefined,
  const S extends string = string,
>(
  spec: ContainerSetSpec<P, Q, R, S>,
): Template<InputsOf<P>, LeafOutputs<Q, R>> => {
  // The set's retryStrategy is not the template's: renamed before the shared builder sees it.
  const { retryStrategy, ...rest } = spec;
  const b = templateBuilder({ ...rest, ...(retryStrategy !== undefined && { containerRetryStrategy: retryStrategy }) });
  const members: ContainerSetMember[] = [];
  let open = true;
  const builder: ContainerSetBuilder<P, S> = {
    container(name, member) {
      if (!open) throw new Error(`containerSet '${spec.name}': container '${name}' was added after the set was built`);
      const command = b.strings(member.command);
      const args = b.strings(member.args);
      const fields = containerFields(member, b.value);
      members.push(
        Object.freeze({
          name,
          image: String(b.value(member.image)),
          ...(command !== undefined && { command }),
          ...(args !== undefined && { args }),
          dependencies: Object.freeze((member.dependencies ?? []).map((d) => ({ name: d.name, scope: d.scope }))),
          ...(fields !== undefined && { containerFields: fields }),
        }),
      );
      return Object.freeze({ kind: 'ContainerHandle', name, scope: b.scope }) as ContainerHandle<S>;
    },
  };
  spec.containers(builder, b.resolve((i: unknown) => i) as InputRefs<InputsOf<P>>);
  open = false;
  const volumeMounts = b.value(spec.volumeMounts) as ContainerSetNode['volumeMounts'];
  const containerRetry = b.value(retryStrategy) as ContainerSetNode['containerRetryStrategy'];
  const node: ContainerSetNode = {
    kind: 'ContainerSet',
    containers: Object.freeze(members),
    ...(volumeMounts !== undefined && { volumeMounts }),
    ...(containerRetry !== undefined && { containerRetryStrategy: containerRetry }),
    ...b.base(OWN),
  };
  return makeTemplate(node);
};
