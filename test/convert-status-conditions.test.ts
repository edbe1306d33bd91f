// A call's and the workflow's status in conditions: `{{tasks.a.status}} == Failed` in a `when` becomes
// `eq(a.status, 'Failed')`, and a hook's expr-lang `expression` (`tasks.a.status == "Running"`,
// `workflow.status == "Running"`) a typed condition over `self.status`, another handle's `.status` or
// `wf.status`, where the typed form renders to an expression of the same meaning. A phase tiphys's
// `NodePhase` / `WorkflowPhase` (or an enum input's members) do not hold stays text: the module must type-check.
import { describe, expect, it } from 'vitest';
import { convert } from '../src/import.js';
import { expectRoundTrip } from './support/convert-round-trip.js';

const STATUS = `apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: status-
spec:
  entrypoint: main
  arguments:
    parameters: [{name: mode, value: fast}]
  hooks:
    running:
      template: work
      expression: workflow.status == "Running"
  templates:
  - name: main
    inputs:
      parameters: [{name: mode, enum: [fast, slow]}]
    dag:
      tasks:
      - name: a
        template: work
        hooks:
          running:
            template: work
            expression: tasks.a.status == "Running"
      - name: b-2
        depends: a
        template: work
        when: "{{tasks.a.status}} == Failed && {{inputs.parameters.mode}} == fast"
        hooks:
          done:
            template: work
            expression: "tasks.a.status == 'Succeeded' && !(tasks['b-2'].status != \\"Running\\" || workflow.status == \\"Running\\")"
  - name: work
    container: {image: b, command: [x]}
`;

describe('convert, status in conditions', () => {
  it("types a when over a call's status and an enum input, and hook expressions over self, another call and the workflow", async () => {
    const { code, documents } = await convert(STATUS, { source: 'status.yaml' });
    expect(documents.map((d) => d.error)).toEqual([undefined]);
    expect(code).toContain("when: and(eq(a.status, 'Failed'), eq(i.mode, 'fast'))");
    expect(code).toContain("hooks: (self) => ({ running: hook({ template: work, expression: eq(self.status, 'Running') }) })");
    expect(code).toContain("expression: and(eq(a.status, 'Succeeded'), not(or(ne(self2.status, 'Running'), eq(wf.status, 'Running'))))");
    expect(code).toContain("running: hook({ template: work, expression: eq(wf.status, 'Running') })");
    expect(documents[0]?.whens.map((w) => `${w.field} ${w.as}`)).toEqual(['hook condition', 'hook condition', 'when condition', 'hook condition']);
    await expectRoundTrip('status-conditions', code, STATUS);
  }, 120_000);

  it.each([
    ['a phase a node never has', '"{{tasks.a.status}} == Failed && {{inputs.parameters.mode}} == fast"', '"{{tasks.a.status}} == Errored"', 'when: `${a.status} == Errored`'],
    ['a value outside the enum', '"{{tasks.a.status}} == Failed && {{inputs.parameters.mode}} == fast"', '"{{inputs.parameters.mode}} == medium"', 'when: `${i.mode} == medium`'],
    ['a workflow phase a workflow never has', 'workflow.status == "Running"', 'workflow.status == "Pending"', 'expression: expression<boolean>`${wf.status} == "Pending"`'],
    ['expr-lang `and`, which a typed condition writes as `&&`', 'tasks.a.status == "Running"', 'tasks.a.status == "Running" and true', 'expression: expression<boolean>`${self.status} == "Running" and true`'],
    ['a path written as the ref does not write it', 'tasks.a.status == "Running"', 'tasks["a"].status == "Running"', "expression: 'tasks[\"a\"].status == \"Running\"'"],
  ])('keeps %s as it was', async (_, from, to, kept) => {
    const { code, documents } = await convert(STATUS.replace(from, to));
    expect(code).toContain(kept);
    expect(documents[0]?.whens.filter((w) => w.as !== 'condition').map((w) => w.when)).toEqual([to.startsWith('"{{') ? (JSON.parse(to) as string) : to]);
  });
});
