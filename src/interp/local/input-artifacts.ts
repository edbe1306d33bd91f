// A leaf's input artifacts as files: those the scheduler passed (arguments, `from`), and those the template
// locates itself: `raw` (its text), `http` (fetched, from a loopback URL and only with host execution).
import * as E from 'fp-ts/lib/Either.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Artifact } from '../../argo-model/generated/index.js';
import type { LeafRequest, LocalArtifact } from './leaf-runner.js';
import { isLoopbackUrl } from './host-http.js';
import type { NodeDirs } from './host-paths.js';

/** The repository kinds an input artifact may name that a local run cannot fetch. */
const REMOTE = ['s3', 'gcs', 'git', 'hdfs', 'oss', 'azure', 'artifactory', 'plugin'] as const;

const download = async (url: string, headers: Artifact['http'], signal: AbortSignal): Promise<E.Either<string, Buffer>> => {
  try {
    const response = await fetch(url, { headers: (headers?.headers ?? []).map((h) => [h.name, h.value]), signal });
    if (response.status < 200 || response.status >= 300) return E.left(`GET ${url} returned ${response.status}`);
    return E.right(Buffer.from(await response.arrayBuffer()));
  } catch (e) {
    return E.left(`GET ${url}: ${(e as Error).message}`);
  }
};

/**
 * Every declared input artifact that has a value, as a file or directory; an optional one without a
 * value is left out, as Argo leaves its path empty. A missing required one is the attempt's error.
 */
export const inputArtifacts = async (
  request: LeafRequest,
  dirs: NodeDirs,
  host: boolean,
): Promise<E.Either<string, Readonly<Record<string, LocalArtifact>>>> => {
  const out: Record<string, LocalArtifact> = {};
  const where = (a: Artifact): string => `Template "${request.node.templateName}": input artifact "${a.name}"`;
  const materialise = async (a: Artifact, data: string | Buffer): Promise<void> => {
    const path = join(dirs.base, 'inputs', a.name.replace(/[^\w.-]/g, '_'));
    await mkdir(join(dirs.base, 'inputs'), { recursive: true });
    await writeFile(path, data);
    out[a.name] = { path };
  };
  for (const a of request.template.inputs?.artifacts ?? []) {
    const given = Object.hasOwn(request.inputs.artifacts, a.name) ? request.inputs.artifacts[a.name] : undefined;
    if (given !== undefined) out[a.name] = given;
    else if (a.raw !== undefined) await materialise(a, a.raw.data);
    else if (a.http !== undefined) {
      if (!host || !isLoopbackUrl(a.http.url))
        return E.left(`${where(a)} comes from ${a.http.url}; a local run fetches only loopback URLs, and only with host execution (--host).`);
      const data = await download(a.http.url, a.http, request.signal);
      if (E.isLeft(data)) return E.left(`${where(a)}: ${data.left}`);
      await materialise(a, data.right);
    } else if (a.optional === true) continue;
    else {
      const remote = REMOTE.find((k) => a[k] !== undefined);
      return E.left(
        remote !== undefined
          ? `${where(a)} comes from ${remote}, which a local run does not fetch; pass it as an argument from another step, or mock the template.`
          : `${where(a)} has no value: no argument, no raw data, and it is not optional.`,
      );
    }
  }
  return E.right(out);
};
