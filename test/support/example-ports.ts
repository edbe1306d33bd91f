/**
 * Ports of Argo's examples, found by walking `examples/`: `examples/<p>.ts` and `examples/upstream/<p>.ts`
 * are each the port of `vendor/argo/examples/<p>.yaml`. Loaded as `tiphys build` loads a module (every
 * document kind), and read as Argo's Go reader reads YAML.
 */
import * as E from 'fp-ts/lib/Either.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '../../src/argo-docs/yaml/parse-yaml.js';
import { compileDocuments, loadDocumentModule, uniqueDocuments, type ExportedDocument } from '../../src/cli/load-module.js';
import type { DocumentManifest } from '../../src/interp/manifest/document-interpreter.js';
import { ARGO_EXAMPLES } from './vendored-argo.js';
import { filesUnder } from './files-under.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Modules that export no document but templates the ports share: every `lib/` folder, and these. */
export const HELPER_MODULES: ReadonlyArray<string> = ['upstream/library-templates.ts'];

const isHelper = (file: string): boolean => file.split('/').includes('lib') || HELPER_MODULES.includes(file);

/** Examples of what tiphys adds to Argo, which has no example to compare them with (test/validate/dsl-examples.test.ts validates them). */
export const OWN_EXAMPLES: ReadonlyArray<string> = ['fn-add.ts'];

/** One port: its module (relative to `examples/`) and the upstream file (relative to vendor/argo/examples). */
export interface ExamplePort {
  readonly file: string;
  readonly upstream: string;
}

/** Every `.ts` under `examples/`, relative to it. */
export const exampleModules = (): ReadonlyArray<string> => filesUnder(EXAMPLES, '.ts').map((f) => relative(EXAMPLES, f));

/** Every module under `examples/` that is neither a helper nor one of tiphys' own, with the upstream YAML of the same relative path. */
export const examplePorts = (): ReadonlyArray<ExamplePort> =>
  exampleModules()
    .filter((f) => !isHelper(f) && !OWN_EXAMPLES.includes(f))
    .map((file) => ({ file, upstream: file.replace(/^upstream\//, '').replace(/\.ts$/, '.yaml') }));

export const upstreamExists = (port: ExamplePort): boolean => existsSync(join(ARGO_EXAMPLES, port.upstream));

/** A module's exported documents, each unique one once, in the order the module declares them. */
export const exportedDocuments = async (file: string): Promise<ReadonlyArray<ExportedDocument>> => {
  const loaded = await loadDocumentModule(join(EXAMPLES, file));
  if (E.isLeft(loaded)) throw new Error(`${file}: ${loaded.left.message}`);
  return uniqueDocuments(loaded.right);
};

/** A port's documents rendered and checked with Argo's rules, as `tiphys build` renders them. */
export const buildPort = async (file: string): Promise<ReadonlyArray<DocumentManifest>> => {
  const compiled = await compileDocuments(file, await exportedDocuments(file));
  if (E.isLeft(compiled)) throw new Error(compiled.left.map((p) => `${p.document ?? file}: ${p.message}`).join('\n'));
  return compiled.right.map((c) => c.manifest);
};

/**
 * The documents of a YAML text, read as Argo (Go) reads them: YAML 1.1 (`mode: 0755` is octal), repeated
 * keys (last wins), under-indented quoted lines accepted.
 */
export const readArgoYaml = (text: string, name: string): Array<any> => {
  const parsed = parseYaml(text);
  if (E.isLeft(parsed)) throw new Error(`${name}: ${parsed.left.map((p) => p.message).join('; ')}`);
  return parsed.right.documents.map((d) => d.data);
};

export interface UpstreamDifference {
  readonly why: string;
  /**
   * An upstream file no Argo server takes as it is. Its repair leaves what is already right alone, so it
   * may also be applied to a document built from the unrepaired file (the converter's round trip).
   */
  readonly defect?: true;
  readonly repair: (docs: Array<any>) => void;
}

/**
 * Where a port knowingly differs from its upstream file: upstream files that no Argo server would take as
 * they are, or an equivalent form tiphys cannot produce. The comparison applies the repair to the upstream
 * side, so this list is the whole difference.
 */
export const UPSTREAM_DIFFERENCES: Readonly<Record<string, UpstreamDifference>> = {
  'k8s-jobs.yaml': {
    why: "metadata has neither name nor generateName (`name: k8s-jobs` sits inside an annotation's text)",
    defect: true,
    repair: ([doc]) => {
      doc.metadata.generateName ??= 'k8s-jobs-';
    },
  },
  'fibonacci-seq-conditional-param.yaml': {
    why: "not a defect but a difference: template 'return-1' is declared and never called; tiphys emits the templates a workflow runs",
    repair: ([doc]) => {
      doc.spec.templates = doc.spec.templates.filter((t: { name: string }) => t.name !== 'return-1');
    },
  },
  'fun-with-gifs.yaml': {
    why: "metadata has neither name nor generateName (`generateName: fun-with-gifs-` is indented under labels, so it is a label)",
    defect: true,
    repair: ([doc]) => {
      doc.metadata.generateName ??= doc.metadata.labels.generateName;
      delete doc.metadata.labels.generateName;
    },
  },
  'dag-daemon-task.yaml': {
    why: 'not a defect but a difference: tiphys records every task a task reads, so the producers and the consumer, which read influx.ip, depend on influx too; upstream leaves that dependency to transitivity',
    repair: ([doc]) => {
      for (const t of doc.spec.templates[0].dag.tasks) if (t.depends !== undefined && t.name !== 'init-database') t.depends = `influx && ${t.depends}`;
    },
  },
};

/** The upstream documents of a port, with its known difference (if any) repaired. */
export const upstreamDocuments = (port: ExamplePort): Array<any> => {
  const docs = readArgoYaml(readFileSync(join(ARGO_EXAMPLES, port.upstream), 'utf8'), port.upstream);
  UPSTREAM_DIFFERENCES[port.upstream]?.repair(docs);
  return docs;
};
