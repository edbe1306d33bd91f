// Runs a rendered `fn` script as Argo's executor would, with this machine's `node`: the source in a file,
// then `node <file> <args>` with the inputs substituted into args; the pod's /tmp is a temp dir.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import * as E from 'fp-ts/lib/Either.js';
import { renderWorkflow, workflow, type argo, type Template } from '../../src/index.js';
import { PROCESS_RUN_MS } from '../support/process-timeouts.js';
import { tempFiles } from '../support/temp-files.js';

/** Parameter values as Argo's text, by name. */
export type Texts = Readonly<Record<string, string>>;

export interface PodRun {
  readonly code: number;
  readonly stderr: string;
  /** The text of each output file the script wrote. */
  readonly outputs: Texts;
}

/** The rendered script template of `tmpl`, as Argo receives it. */
export const renderedScript = <I>(tmpl: Template<I, unknown>): argo.Template => {
  const manifest = renderWorkflow(workflow({ generateName: 'fn-', entrypoint: tmpl as Template<{}, unknown> }));
  if (E.isLeft(manifest)) throw new Error(JSON.stringify(manifest.left));
  const found = manifest.right.spec.templates?.find((x) => x.name === tmpl.node.name);
  if (found?.script === undefined) throw new Error('no script template');
  return found;
};

/** Runs a script template; an input not given takes its default. */
export const runInPod = async (template: argo.Template, given: Texts): Promise<PodRun> => {
  const source = template.script?.source ?? '';
  if (/\{\{/.test(source)) throw new Error('the source needs substitution');
  const values = Object.fromEntries((template.inputs?.parameters ?? []).map((p) => [p.name, given[p.name] ?? p.default ?? '']));
  const files = tempFiles('tiphys-fn-');
  const inPod = (path: string) => path.replace(/^\/tmp\//, `${files.dir}/`);
  const args = (template.script?.args ?? []).map((a) => a.replace(/\{\{inputs\.parameters\.([\w-]+)\}\}/g, (_, n: string) => values[n] ?? ''));
  const file = files.file('script', source.replaceAll('"/tmp/', `"${files.dir}/`));
  const ran = await promisify(execFile)(process.execPath, [file, ...args], { timeout: PROCESS_RUN_MS }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
  const outputs = Object.fromEntries(
    (template.outputs?.parameters ?? []).flatMap((p) => {
      try {
        return [[p.name, readFileSync(inPod(p.valueFrom?.path ?? ''), 'utf8')]];
      } catch {
        return [];
      }
    }),
  );
  return { ...ran, outputs };
};
