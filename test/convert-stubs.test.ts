// A templateRef to a WorkflowTemplate outside the converted files: `convert` declares a workflowTemplateStub
// typed by how the document calls it; the module type-checks and builds the same templateRefs.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { expectRoundTrip } from './support/convert-round-trip.js';

const USES_LIB = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: uses-lib-
spec:
  entrypoint: main
  templates:
  - name: main
    dag:
      tasks:
      - name: build
        templateRef: {name: ci-lib, template: build}
        arguments: {parameters: [{name: rev, value: main}]}
      - name: report
        depends: build
        templateRef: {name: ci-lib, template: print-message}
        arguments: {parameters: [{name: message, value: "{{tasks.build.outputs.parameters.image}} {{tasks.build.outputs.result}}"}]}
`;

describe('convert, a library outside the converted files', () => {
  it('declares a stub typed by the calls, which type-checks and builds the same templateRefs', async () => {
    const { code, documents } = await convert(USES_LIB, { source: 'uses-lib.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("// WorkflowTemplate 'ci-lib' is not among the files converted: a stub of it as Workflow/uses-lib- calls it");
    expect(code).toContain("build: templateStub({\n      name: 'build',\n      inputs: { rev: param.string() },\n      outputs: { image: param.string() },\n      result: param.string(),\n    }),");
    await expectRoundTrip('stubs', code, USES_LIB);
  }, 120_000);

  it('says why when the calls pass an input in some calls only', async () => {
    const { documents } = await convert(USES_LIB.replace('arguments: {parameters: [{name: rev, value: main}]}', '') + `      - name: again
        templateRef: {name: ci-lib, template: build}
        arguments: {parameters: [{name: rev, value: main}]}
`);
    expect(documents[0]?.error).toContain(
      "the calls of template 'build' pass input 'rev' in some calls only, so its stub cannot say whether it is required; convert the library with the workflow, or write its stub with `tiphys stub`",
    );
  });
});
