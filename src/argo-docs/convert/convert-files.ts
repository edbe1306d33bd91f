// Several files converted together: a `templateRef` or `workflowTemplateRef` to a WorkflowTemplate of
// another file becomes an import of that file's module.
import { dirname, relative } from 'node:path';
import * as E from 'fp-ts/lib/Either.js';
import { importYaml } from '../import/from-yaml.js';
import { convert, libraryExportName, type ConvertResult, type LibraryExport } from './convert.js';

export interface ConvertInput {
  /** Where the YAML came from (problems name it). */
  readonly source: string;
  readonly text: string;
  /** Where the module goes: imports between the outputs are relative to it. */
  readonly output: string;
}

const importPath = (from: string, to: string): string => {
  const rel = relative(dirname(from), to).replace(/\\/g, '/').replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/** Converts every input, each WorkflowTemplate reachable from the others' modules. */
export const convertFiles = async (inputs: ReadonlyArray<ConvertInput>): Promise<ReadonlyArray<ConvertResult>> => {
  const declared: Array<{ readonly name: string; readonly output: string; readonly lib: Omit<LibraryExport, 'from'> }> = [];
  for (const input of inputs) {
    const stream = importYaml(input.text, input.source);
    if (E.isLeft(stream)) continue;
    for (const d of stream.right.documents) {
      if (E.isLeft(d.result) || d.result.right._tag !== 'Argo') continue;
      const doc = d.result.right.document;
      if (doc.kind !== 'WorkflowTemplate' && doc.kind !== 'ClusterWorkflowTemplate') continue;
      declared.push({ name: doc.metadata.name ?? '', output: input.output, lib: { exportName: libraryExportName(doc), document: doc } });
    }
  }
  const results: ConvertResult[] = [];
  for (const input of inputs) {
    const libraries = new Map(
      declared.filter((d) => d.output !== input.output).map((d) => [d.name, { ...d.lib, from: importPath(input.output, d.output) }] as const),
    );
    results.push(await convert(input.text, { source: input.source, libraries }));
  }
  return results;
};
