// Upstream Argo examples that use the template kinds and fields of issue 10, ported to
// examples/upstream/<same name>.ts and compared with Argo's YAML, semantically.
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toManifest, toYaml, type Workflow } from '../src/index.js';
import { parseYaml } from '../src/argo-docs/yaml/parse-yaml.js';
import { normalizeArgo } from './support/argo-compare.js';
import { ARGO_EXAMPLES } from './support/vendored-argo.js';

export const UPSTREAM_PORTED = [
  'suspend-template',
  'intermediate-parameters',
  'k8s-jobs',
  'k8s-owner-reference',
  'k8s-patch-json-workflow',
  'k8s-patch-merge-pod',
  'resource-delete-with-flags',
  'container-set-template/graph-workflow',
  'container-set-template/parallel-workflow',
  'container-set-template/sequence-workflow',
  'container-set-template/outputs-result-workflow',
  'timeouts-step',
  'timeouts-workflow',
  'init-container',
  'sidecar',
  'sidecar-nginx',
  'sidecar-dind',
  'volumes-existing',
  'pod-metadata',
  'daemon-step',
  'dag-daemon-task',
  'memoize-simple',
  'secrets',
  'steps-daemon-retry-strategy',
  'dag-daemon-retry-strategy',
  'workflow-level-executor-plugin',
] as const;

const EXAMPLES = fileURLToPath(new URL('../examples/upstream/', import.meta.url));

const load = async (name: string): Promise<Workflow<unknown, unknown>> =>
  ((await import(/* @vite-ignore */ pathToFileURL(join(EXAMPLES, `${name}.ts`)).href)) as { default: Workflow<unknown, unknown> })
    .default;

/**
 * Upstream files that no Argo server would take as they are (and one equivalent form tiphys cannot
 * produce), and what the port does instead; the comparison applies the same repair to the upstream
 * side, so the list is the whole difference.
 */
const UPSTREAM_DEFECTS: Readonly<Record<string, { readonly why: string; readonly repair: (doc: any) => void }>> = {
  'k8s-jobs': {
    why: 'metadata has neither name nor generateName (`name: k8s-jobs` sits inside an annotation\'s text)',
    repair: (doc) => {
      doc.metadata.generateName = 'k8s-jobs-';
    },
  },
  'dag-daemon-task': {
    why: 'not a defect but a difference: tiphys records every task a task reads, so the producers and the consumer, which read influx.ip, depend on influx too; upstream leaves that dependency to transitivity',
    repair: (doc) => {
      for (const t of doc.spec.templates[0].dag.tasks) if (t.depends !== undefined && t.name !== 'init-database') t.depends = `influx && ${t.depends}`;
    },
  },
};

/** Read as Argo (Go) reads them: repeated keys (last wins) and under-indented quoted lines accepted. */
const readUpstream = (name: string): any => {
  const parsed = parseYaml(readFileSync(join(ARGO_EXAMPLES, `${name}.yaml`), 'utf8'));
  if (E.isLeft(parsed)) throw new Error(`${name}.yaml: ${parsed.left.map((p) => p.message).join('; ')}`);
  return parsed.right.documents[0]?.data;
};

const upstream = (name: string): unknown => {
  const doc = readUpstream(name);
  UPSTREAM_DEFECTS[name]?.repair(doc);
  return doc;
};

describe('upstream ports build', () => {
  it.each(UPSTREAM_PORTED)('%s renders YAML that parses back to its manifest', async (name) => {
    const wf = await load(name);
    expect(parse(toYaml(wf))).toEqual(toManifest(wf));
  });
});

describe('upstream ports match upstream', () => {
  it.each(UPSTREAM_PORTED)('%s equals upstream', async (name) => {
    expect(normalizeArgo(parse(toYaml(await load(name))))).toEqual(normalizeArgo(upstream(name)));
  });

  it('notices a difference inside a manifest (text is compared by content, not ignored)', async () => {
    const ours = parse(toYaml(await load('k8s-jobs')));
    ours.spec.templates[0].resource.manifest = ours.spec.templates[0].resource.manifest.replace('completions: 3', 'completions: 4');
    expect(normalizeArgo(ours)).not.toEqual(normalizeArgo(upstream('k8s-jobs')));
  });
});
