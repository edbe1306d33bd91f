// Artifacts: declared on templates like parameters, passed between calls as a value type of their own.
// Type-only imports: the DSL never loads the model's io-ts codecs.
import type {
  ArchiveStrategy,
  Artifact as ArgoArtifact,
  ArtifactLocation,
} from '../argo-model/generated/argo-types.js';
import type { RefSource } from './scope.js';

// model

/** The repository kinds of Argo's `ArtifactLocation` that locate one artifact (all but `archiveLogs`). @category model */
export type RepositoryKind = Exclude<keyof ArtifactLocation, 'archiveLogs'>;

/** `archive`: a shorthand for an empty strategy (`'none'` is `{none: {}}`), or Argo's strategy object. @category model */
export type Archive = 'none' | 'tar' | 'zip' | ArchiveStrategy;

/**
 * The Argo fields of an artifact tiphys passes through as they are. `name` comes from the record key,
 * `from` from a ref, and `archive` takes the shorthand.
 * @category model
 */
export interface ArtifactFields extends Omit<ArgoArtifact, 'name' | 'from' | 'archive'> {
  readonly archive?: Archive;
}

/**
 * The value type of an artifact input or output: a location (`raw(...)`, `s3({...})`, ...), or, as
 * `Ref<Artifact>`, another node's artifact. Only artifact inputs accept it, and they accept nothing else.
 * @category model
 */
export interface Artifact {
  readonly kind: 'Artifact';
  /** Argo fields of the argument, `from` included when it comes from a ref. */
  readonly fields: ArtifactFields & { readonly from?: string };
  /** The typed refs it was built from, for scope checks and dependencies. */
  readonly refs: ReadonlyArray<RefSource>;
}

/** The runtime description of an artifact declaration; the name comes from the record key. @category model */
export interface ArtifactNode {
  readonly kind: 'ArtifactDecl';
  /** `from` is set by a dag's or steps' `outputs({...})`. */
  readonly fields: Artifact['fields'];
  /** The typed refs its location was built from (absent when none), checked with the template's own. */
  readonly refs?: ReadonlyArray<RefSource>;
}

/**
 * An artifact declaration. `D` records whether it needs no argument (it has a location of its own, or
 * is `optional`), like a parameter's default.
 * @category model
 */
export interface ArtifactDecl<D extends boolean = boolean> extends ArtifactNode {
  readonly _A: Artifact;
  readonly _D: D;
}

/** @category model */
export type AnyArtifact = ArtifactDecl<boolean>;

/** An artifact under its declared name. @category model */
export interface NamedArtifact {
  readonly name: string;
  readonly artifact: ArtifactNode;
}

/** An artifact argument of a call or workflow. @category model */
export interface ArtifactArgNode {
  readonly name: string;
  readonly value: Artifact;
  /** Why the value is no artifact (`value` is then empty); the interpreter reports it. */
  readonly invalid?: string;
}

// type-level

/** Whether a declaration needs no argument: it is optional or has a location. @category type-level */
export type HasLocation<S> = S extends { readonly optional: true }
  ? true
  : [Extract<keyof S, RepositoryKind>] extends [never]
    ? false
    : true;

// constructors

/** @category constructors */
export const makeArtifact = (fields: Artifact['fields'], refs: ReadonlyArray<RefSource> = []): Artifact =>
  Object.freeze({ kind: 'Artifact', fields: Object.freeze(fields), refs: Object.freeze([...refs]) });

/** The repository kinds, at run time; `satisfies` keeps the list equal to the model's. */
export const REPOSITORY_KINDS = Object.keys({
  artifactory: 0,
  azure: 0,
  gcs: 0,
  git: 0,
  hdfs: 0,
  http: 0,
  oss: 0,
  plugin: 0,
  raw: 0,
  s3: 0,
} satisfies Record<RepositoryKind, 0>) as ReadonlyArray<RepositoryKind>;

// refinements

/** The runtime twin of `HasLocation`: whether a caller must pass this artifact. @category refinements */
export const needsArgument = (a: ArtifactNode): boolean =>
  a.fields.optional !== true && !REPOSITORY_KINDS.some((k) => a.fields[k] !== undefined);

/** @category refinements */
export const isArtifactDecl = (u: unknown): u is ArtifactNode =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'ArtifactDecl';

/** @category refinements */
export const isArtifact = (u: unknown): u is Artifact =>
  typeof u === 'object' && u !== null && (u as { kind?: unknown }).kind === 'Artifact';

// utils

/** Argo's form of `archive`. @category utils */
export const archiveStrategy = (a: Archive): ArchiveStrategy => (typeof a === 'string' ? { [a]: {} } : a);

/** Argo's form of an artifact: `name` first, `archive` expanded. @category utils */
export const argoArtifact = (name: string, fields: Artifact['fields']): ArgoArtifact => {
  const { archive, ...rest } = fields;
  return { name, ...rest, ...(archive !== undefined && { archive: archiveStrategy(archive) }) };
};
