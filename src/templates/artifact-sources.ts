// Literal artifact values: where an argument's artifact is read from, one constructor per repository kind
// of the generated model (typed from it, so a new field of Argo's is accepted without a change here).
import type { ArtifactLocation, HTTPArtifact } from '../argo-model/generated/argo-types.js';
import { makeArtifact, type Artifact, type ArtifactFields, type RepositoryKind } from '../core/artifact.js';
import { isRef, type Ref } from '../typed-refs/ref.js';

// model

/** Fields of an artifact argument besides its location (`subPath`, `mode`, `archive`, ...). @category model */
export type ArtifactArgOptions = Omit<ArtifactFields, RepositoryKind | 'fromExpression' | 'globalName'>;

/** The location object of repository kind `K`, as the model types it. @category model */
export type LocationOf<K extends RepositoryKind> = NonNullable<ArtifactLocation[K]>;

// constructors

/** A constructor of artifact values stored in repository kind `K`. */
const location =
  <K extends RepositoryKind>(kind: K) =>
  (spec: LocationOf<K>, opts?: ArtifactArgOptions): Artifact =>
    makeArtifact({ ...opts, [kind]: spec });

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
export const raw = (data: string, opts?: ArtifactArgOptions): Artifact => makeArtifact({ ...opts, raw: { data } });

/**
 * A file fetched over HTTP: `httpArtifact(url)` renders `http: {url}`; `http` holds the other HTTP
 * fields (`auth`, `headers`, ...).
 * @category constructors
 */
export const httpArtifact = (url: string, http?: Omit<HTTPArtifact, 'url'>, opts?: ArtifactArgOptions): Artifact =>
  makeArtifact({ ...opts, http: { url, ...http } });

/**
 * Another node's artifact with argument options, e.g. `fromArtifact(gen.out.dir, { subPath: 'a.txt' })`
 * renders `from: "{{steps.gen.outputs.artifacts.dir}}"` and `subPath: a.txt`.
 * @category constructors
 */
export const fromArtifact = (ref: Ref<Artifact>, opts: ArtifactArgOptions): Artifact =>
  makeArtifact({ from: String(ref), ...opts }, isRef(ref) ? [ref.source] : []);
