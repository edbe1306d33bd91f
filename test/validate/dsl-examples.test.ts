import * as E from 'fp-ts/lib/Either.js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocumentModule } from '../../src/cli/load-module.js';
import { isWorkflow } from '../../src/core/workflow.js';
import { formatProblem } from '../../src/core/problem.js';
import { renderWorkflow } from '../../src/interp/manifest/manifest-interpreter.js';
import { validateDocument } from '../../src/argo-docs/validate/index.js';

const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

describe('manifests built by the DSL pass the validator', () => {
  it.each(files)('%s', async (f) => {
    const loaded = await loadDocumentModule(`${dir}${f}`);
    if (E.isLeft(loaded)) throw new Error(formatProblem(loaded.left));
    const workflows = loaded.right.flatMap(({ value }) => (isWorkflow(value) ? [value] : []));
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) {
      // renderWorkflow, not compileWorkflow: the latter already runs the validator, so it could not fail here.
      const manifest = renderWorkflow(workflow);
      if (E.isLeft(manifest)) throw new Error(manifest.left.map(formatProblem).join('\n'));
      expect(validateDocument(manifest.right, { source: f }).map(formatProblem)).toEqual([]);
    }
  });
});
