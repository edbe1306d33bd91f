// Literal artifact values: where an argument's artifact is read from, one constructor per repository kind
// of the generated model (typed from it, so a new field of Argo's is accepted without a change here).
// Every string of a location may be a ref (a loop's item, an input, another call's output), so a loop can
// pass each iteration its own artifact: `(item) => ({ file: s3({ bucket: 'b', key: item }) })`.
import type {
  ArtifactoryArtifact,
  AzureArtifact,
  GCSArtifact,
  GitArtifact,
  HDFSArtifact,
  HTTPArtifact,
  OSSArtifact,
  PluginArtifact,
  RawArtifact,
  S3Artifact,
} from '../argo-model/generated/argo-types.js';
import { makeArtifact, type Artifact, type ArtifactFields, type RepositoryKind } from '../core/artifact.js';
import type { RefSource } from '../core/scope.js';
import { isRef, type Ref } from '../typed-refs/ref.js';
import { renderRefAware } from '../typed-refs/ref-aware.js';

// model

/**
 * A model type whose own strings (and string lists) may also be refs; nested objects (secrets, options)
 * stay as the model types them, so a wrong field is named by its model type.
 * @category type-level
 */
export type RefAwareFields<T> = {
  readonly [K in keyof T]: NonNullable<T[K]> extends string
    ? T[K] | Ref<NonNullable<T[K]>>
    : NonNullable<T[K]> extends ReadonlyArray<string>
      ? ReadonlyArray<string | Ref<string>>
      : T[K];
};

/** Fields of an artifact argument besides its location (`subPath`, `mode`, `archive`, ...). @category model */
export interface ArtifactArgOptions extends RefAwareFields<Omit<ArtifactFields, RepositoryKind | 'fromExpression' | 'globalName'>> {}

/** @category model */
export interface ArtifactoryLocation extends RefAwareFields<ArtifactoryArtifact> {}
/** @category model */
export interface AzureLocation extends RefAwareFields<AzureArtifact> {}
/** @category model */
export interface GcsLocation extends RefAwareFields<GCSArtifact> {}
/** @category model */
export interface GitLocation extends RefAwareFields<GitArtifact> {}
/** @category model */
export interface HdfsLocation extends RefAwareFields<HDFSArtifact> {}
/** @category model */
export interface HttpLocation extends RefAwareFields<HTTPArtifact> {}
/** @category model */
export interface OssLocation extends RefAwareFields<OSSArtifact> {}
/** @category model */
export interface PluginLocation extends RefAwareFields<PluginArtifact> {}
/** @category model */
export interface RawLocation extends RefAwareFields<RawArtifact> {}
/** @category model */
export interface S3Location extends RefAwareFields<S3Artifact> {}

/** The location of each repository kind as a literal takes it: the model's, each string also a ref. @category model */
export interface Locations extends Record<RepositoryKind, object> {
  readonly artifactory: ArtifactoryLocation;
  readonly azure: AzureLocation;
  readonly gcs: GcsLocation;
  readonly git: GitLocation;
  readonly hdfs: HdfsLocation;
  readonly http: HttpLocation;
  readonly oss: OssLocation;
  readonly plugin: PluginLocation;
  readonly raw: RawLocation;
  readonly s3: S3Location;
}

/** The location object of repository kind `K`. @category model */
export type LocationOf<K extends RepositoryKind> = Locations[K];

// utils

/** An artifact value from fields that may hold refs: rendered to `{{...}}`, each ref's source kept. */
const rendered = (fields: Readonly<Record<string, unknown>>, more: ReadonlyArray<RefSource> = []): Artifact => {
  const refs: RefSource[] = [...more];
  return makeArtifact(renderRefAware(fields, refs) as Artifact['fields'], refs);
};

// constructors

/** A constructor of artifact values stored in repository kind `K`. */
const location =
  <K extends RepositoryKind>(kind: K) =>
  (spec: LocationOf<K>, opts?: ArtifactArgOptions): Artifact =>
    rendered({ ...opts, [kind]: spec });

/**
 * An artifact in S3 (or the default repository when only `key` is given: a key-only artifact).
 * @example
 * ```ts
 * s3({ bucket: 'b', key: 'path/in/bucket', accessKeySecret: secretKey('creds', 'accessKey') })
 * // s3: {bucket: b, key: path/in/bucket, accessKeySecret: {name: creds, key: accessKey}}
 * ```
 * @category constructors
 */
export const s3 = location('s3');
/** @category constructors */
export const gcs = location('gcs');
/** @category constructors */
export const azure = location('azure');
/** @category constructors */
export const oss = location('oss');
/** @category constructors */
export const hdfs = location('hdfs');
/** @category constructors */
export const artifactory = location('artifactory');
/** An artifact an executor plugin stores (`pluginArtifact`: `plugin` builds a plugin template). @category constructors */
export const pluginArtifact = location('plugin');
/** `git({ repo, revision })`. @category constructors */
export const git = location('git');

/** Text given inline: `raw('hello\n')` renders `raw: {data: "hello\n"}`. @category constructors */
export const raw = (data: string | Ref<string>, opts?: ArtifactArgOptions): Artifact => rendered({ ...opts, raw: { data } });

/**
 * A file fetched over HTTP: `httpArtifact(url)` renders `http: {url}`; `http` holds the other HTTP
 * fields (`auth`, `headers`, ...).
 * @category constructors
 */
export const httpArtifact = (url: string | Ref<string>, http?: Omit<HttpLocation, 'url'>, opts?: ArtifactArgOptions): Artifact =>
  rendered({ ...opts, http: { url, ...http } });

/**
 * Another node's artifact with argument options, e.g. `fromArtifact(gen.out.dir, { subPath: 'a.txt' })`
 * renders `from: "{{steps.gen.outputs.artifacts.dir}}"` and `subPath: a.txt`.
 * @category constructors
 */
export const fromArtifact = (ref: Ref<Artifact>, opts: ArtifactArgOptions): Artifact =>
  rendered({ from: String(ref), ...opts }, isRef(ref) ? [ref.source] : []);
