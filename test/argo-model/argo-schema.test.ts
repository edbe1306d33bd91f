import { describe, expect, it } from 'vitest';
import { assertSchemaValid, closedWorldSchema, schemaErrors } from '../support/argo-schema.js';

const hello = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  metadata: { generateName: 'hello-' },
  spec: {
    entrypoint: 'main',
    templates: [{ name: 'main', container: { image: 'alpine', command: ['echo'], ports: [] }, retryStrategy: { limit: 2 } }],
  },
};

describe('closedWorldSchema', () => {
  it('closes object definitions with properties and widens IntOrString', () => {
    const schema = closedWorldSchema({
      definitions: {
        'a.Obj': { type: 'object', properties: { x: { type: 'string' } } },
        'a.Open': { type: 'object' },
        'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: 'string' },
      },
    });
    expect(schema['definitions']).toEqual({
      'a.Obj': { type: 'object', properties: { x: { type: 'string' } }, additionalProperties: false },
      'a.Open': { type: 'object' },
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    });
  });
});

describe('schemaErrors (closed world)', () => {
  it('accepts a valid workflow, with an integer where IntOrString is declared', () => {
    expect(schemaErrors(hello)).toEqual([]);
    expect(() => assertSchemaValid(hello)).not.toThrow();
  });

  it('refuses a misspelled field that the open schema would let through', () => {
    const typo = { ...hello, spec: { ...hello.spec, templates: [{ name: 'main', contaner: { image: 'alpine' } }] } };
    expect(schemaErrors(typo)).toEqual(['/spec/templates/0: must NOT have additional properties "contaner"']);
    expect(() => assertSchemaValid(typo, 'typo.yaml')).toThrow(/typo\.yaml does not match Argo's schema[\s\S]*contaner/);
  });

  it('refuses wrong types and removed v3 fields', () => {
    expect(schemaErrors({ ...hello, spec: { ...hello.spec, entrypoint: 3 } })).toEqual(['/spec/entrypoint: must be string']);
    const cron = { apiVersion: 'argoproj.io/v1alpha1', kind: 'CronWorkflow', metadata: { name: 'c' }, spec: { schedule: '* * * * *', schedules: [], workflowSpec: {} } };
    expect(schemaErrors(cron)).toEqual(['/spec: must NOT have additional properties "schedule"']);
  });
});
