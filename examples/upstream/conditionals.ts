import { container, eq, param, steps, workflow } from 'tiphys';

const argosay = container({ name: 'argosay', image: 'argoproj/argosay:v1', command: ['sh', '-c'], args: ['cowsay hello'] });

const conditional = steps('conditional-example', { inputs: { 'should-print': param.boolean() } }, (s, i) =>
  s.parallel((p) => {
    // Upstream's three forms of one test: govaluate (typed), and two expr-lang `{{= ...}}` forms kept as
    // upstream's text (an expression tag compares by its text, and these read `inputs.parameters["..."]`
    // and `jsonpath(...)`, which `expression` does not write).
    p.step('print-hello-govaluate', argosay, {}, { when: eq(i['should-print'], true) });
    p.step('print-hello-expr', argosay, {}, { when: `{{= inputs.parameters["should-print"] == 'true'}}` });
    p.step('print-hello-expr-json', argosay, {}, { when: "{{=jsonpath(workflow.parameters.json, '$[0].value') == 'true'}}" });
  }),
);

export default workflow({ generateName: 'conditional-', entrypoint: conditional, arguments: { 'should-print': true } });
