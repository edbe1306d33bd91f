// Artifact declarations: `artifact()` for a template's `inputs`/`outputs`, whose location strings may be
// refs, and `withArtifacts`, which declares input artifacts whose locations read the template's own
// input parameters.
import {
  type AnyArtifact,
  type ArtifactDecl,
  type ArtifactFields,
  type ArtifactNode,
  type HasLocation,
  type RepositoryKind,
  isArtifactDecl,
} from '../core/artifact.js';
import type { InputsOf, ParamOnlyRecord } from '../core/param.js';
import { OWN_INPUTS, type RefSource, type Scope } from '../core/scope.js';
import { inputRefs, type InputRefs } from '../typed-refs/ref.js';
import { renderRefAware } from '../typed-refs/ref-aware.js';
import type { LocationOf, RefAwareFields } from './artifact-sources.js';

// model

/**
 * What `artifact()` takes: Argo's artifact fields, where every string (the `path`, each string of a
 * location) may also be a ref.
 * @category model
 */
export type ArtifactSpec = RefAwareFields<Omit<ArtifactFields, RepositoryKind>> & {
  readonly [K in RepositoryKind]?: LocationOf<K>;
};

/** Artifact declarations by name. @category model */
export type ArtifactRecord = { readonly [name: string]: AnyArtifact };

// constructors

/**
 * Declares an artifact input or output. An input with a location of its own (or `optional: true`) may
 * be left out by callers. Its strings may be refs (a global, `wf.name`, an input of the template through
 * `withArtifacts`), rendered as `{{...}}`.
 *
 * @example
 * ```ts
 * container({ ..., outputs: { report: artifact({ path: '/tmp/out.txt', archive: 'none' }) } })
 * // outputs:
 * //   artifacts:
 * //   - name: report
 * //     path: /tmp/out.txt
 * //     archive: {none: {}}
 * ```
 * @category constructors
 */
export const artifact = <const S extends ArtifactSpec = {}>(spec?: S): ArtifactDecl<HasLocation<S>> => {
  const refs: RefSource[] = [];
  const fields = renderRefAware({ ...spec }, refs) as ArtifactNode['fields'];
  const node: ArtifactNode = { kind: 'ArtifactDecl', fields, ...(refs.length > 0 && { refs: Object.freeze(refs) }) };
  return Object.freeze(node) as ArtifactDecl<HasLocation<S>>;
};

/**
 * Input parameters and input artifacts whose locations read those parameters, for a template's
 * `inputs`: the artifacts are a function of the parameters' refs, so each is typed and renders
 * `{{inputs.parameters.<name>}}`.
 *
 * @example
 * ```ts
 * container({
 *   name: 'build',
 *   inputs: withArtifacts({ revision: param.string() }, (i) => ({
 *     code: artifact({ path: '/src', git: { repo: 'https://github.com/golang/example.git', revision: i.revision } }),
 *   })),
 *   ...
 * });
 * // inputs:
 * //   parameters: [{name: revision}]
 * //   artifacts:
 * //   - name: code
 * //     path: /src
 * //     git: {repo: https://github.com/golang/example.git, revision: "{{inputs.parameters.revision}}"}
 * ```
 * @category constructors
 */
export const withArtifacts = <const P extends ParamOnlyRecord, const A extends ArtifactRecord>(
  params: P,
  artifacts: (i: InputRefs<InputsOf<P>>) => A,
): P & A => {
  const declared = artifacts(inputRefs(OWN_INPUTS, Object.keys(params)));
  const clash = Object.keys(declared).filter((name) => Object.hasOwn(params, name));
  if (clash.length > 0) {
    throw new Error(`withArtifacts: ${clash.map((n) => `'${n}'`).join(', ')} is both a parameter and an artifact; inputs need distinct names`);
  }
  return Object.freeze({ ...params, ...declared });
};

// utils

/**
 * The refs of a template's artifact declarations, those of `withArtifacts` bound to the template's
 * `scope`: they read its own inputs.
 */
export const declarationRefs = (decls: ReadonlyArray<unknown>, scope: Scope): ReadonlyArray<RefSource> => {
  const bind = (r: RefSource): RefSource =>
    r.kind === 'input' && r.scope === OWN_INPUTS
      ? { ...r, scope }
      : r.kind === 'expression'
        ? { ...r, reads: r.reads.map(bind) }
        : r;
  return decls.flatMap((d) => (isArtifactDecl(d) ? (d.refs ?? []).map(bind) : []));
};
