// Mocks and implementations, and the error for a leaf with no way to run.
import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/argo-model/generated/index.js';
import { createLeafRunner } from '../../src/interp/local/create-leaf-runner.js';
import { parseMocks } from '../../src/interp/local/leaf-mock.js';
import { freshStore, leafRequest } from './leaf-request.js';

const flip: Template = { name: 'flip-coin', script: { image: 'python:alpine3.6', command: ['python'], source: 'print("heads")' } };
const withOutputs: Template = {
  name: 'gen',
  container: { image: 'alpine', command: ['sh', '-c', 'echo'] },
  outputs: {
    parameters: [
      { name: 'count', valueFrom: { path: '/tmp/count' } },
      { name: 'label', valueFrom: { path: '/tmp/label', default: 'none' } },
      { name: 'tags', valueFrom: { path: '/tmp/tags' } },
    ],
    artifacts: [{ name: 'report', path: '/tmp/report.txt' }],
  },
};

describe('mocks', () => {
  it('a mock gives the result and output parameters (other JSON as its text); defaults fill the rest', async () => {
    const run = createLeafRunner({
      store: freshStore(),
      mocks: { 'flip-coin': { result: 'tails' }, gen: { parameters: { count: 3, tags: ['a'] }, artifacts: { report: 'all good' } } },
    });
    expect(await run(leafRequest(flip))).toEqual({ phase: 'Succeeded', outputs: { parameters: {}, artifacts: {}, result: 'tails' } });
    const gen = await run(leafRequest(withOutputs));
    expect(gen.phase).toBe('Succeeded');
    expect(gen.outputs.parameters).toEqual({ count: '3', label: 'none', tags: '["a"]' });
    expect(readFileSync(gen.outputs.artifacts['report']!.path, 'utf8')).toBe('all good');
  });

  it('a mock can fail a node with a message, and is not held to the declared outputs then', async () => {
    const run = createLeafRunner({ store: freshStore(), mocks: { gen: { phase: 'Failed', message: 'quota', exitCode: 2 } } });
    expect(await run(leafRequest(withOutputs))).toEqual({
      phase: 'Failed',
      message: 'quota',
      outputs: { parameters: {}, artifacts: {}, exitCode: '2' },
    });
  });

  it('a succeeding mock that misses a declared output, or names an undeclared one, is an Error saying which', async () => {
    const store = freshStore();
    const missing = await createLeafRunner({ store, mocks: { gen: { artifacts: { report: 'x' } } } })(leafRequest(withOutputs));
    expect(missing).toMatchObject({
      phase: 'Error',
      message: 'The mock of template "gen" gives no output parameter "count", and it has no valueFrom.default.',
    });
    const typo = await createLeafRunner({ store, mocks: { gen: { parameters: { cuont: 3 } } } })(leafRequest(withOutputs));
    expect(typo.message).toBe(
      'The mock of template "gen" gives output parameter "cuont", which the template does not declare (declared: count, label, tags).',
    );
    const artifact = await createLeafRunner({ store, mocks: { gen: { parameters: { count: 1, tags: [] } } } })(leafRequest(withOutputs));
    expect(artifact.message).toBe('The mock of template "gen" gives no output artifact "report", and it is not optional.');
  });

  it('a list of mocks gives one outcome per attempt, the last repeating', async () => {
    const run = createLeafRunner({ store: freshStore(), mocks: { 'flip-coin': [{ phase: 'Failed' }, { result: 'second' }] } });
    expect((await run(leafRequest(flip, { attempt: 0 }))).phase).toBe('Failed');
    expect((await run(leafRequest(flip, { attempt: 1 }))).outputs.result).toBe('second');
    expect((await run(leafRequest(flip, { attempt: 5 }))).outputs.result).toBe('second');
  });

  it('a mock wins over an implementation and over host execution', async () => {
    const run = createLeafRunner({
      store: freshStore(),
      host: true,
      mocks: { 'flip-coin': { result: 'mocked' } },
      implementations: { 'flip-coin': () => ({ result: 'implemented' }) },
    });
    expect((await run(leafRequest(flip))).outputs.result).toBe('mocked');
  });
});

describe('mock files (--mock file.json)', () => {
  it('reads the same record as code gives', () => {
    const parsed = parseMocks(
      '{ "flip-coin": { "result": "tails" }, "deploy": { "phase": "Failed", "message": "quota" }, "flaky": [{ "phase": "Error" }, {}] }',
      'mocks.json',
    );
    expect(parsed).toEqual(
      E.right({ 'flip-coin': { result: 'tails' }, deploy: { phase: 'Failed', message: 'quota' }, flaky: [{ phase: 'Error' }, {}] }),
    );
  });

  it('names the file and the key of whatever is wrong', () => {
    expect(parseMocks('{ "a": ', 'm.json')).toMatchObject(E.left(expect.stringMatching(/^m\.json: not valid JSON \(/)));
    expect(parseMocks('[]', 'm.json')).toEqual(
      E.left('m.json: expected an object of template name to mock, e.g. { "flip-coin": { "result": "tails" } }.'),
    );
    expect(parseMocks('{ "deploy": { "phase": "Broken" } }', 'm.json')).toEqual(
      E.left('m.json: mock "deploy".phase: expected one of Succeeded, Failed, Error, got "Broken".'),
    );
    expect(parseMocks('{ "deploy": "tails" }', 'm.json')).toEqual(
      E.left('m.json: mock "deploy": expected an object with phase, message, result, exitCode, parameters or artifacts, got "tails".'),
    );
    expect(parseMocks('{ "gen": { "count": 3 } }', 'm.json')).toEqual(
      E.left('m.json: mock "gen": "count" is not one of phase, message, result, exitCode, parameters, artifacts (output parameters go under "parameters").'),
    );
    expect(parseMocks('{ "gen": [{}, { "result": 1 }] }', 'm.json')).toEqual(E.left('m.json: mock "gen"[1].result: expected a string, got 1.'));
    expect(parseMocks('{ "gen": [] }', 'm.json')).toEqual(E.left('m.json: mock "gen": an empty list; give at least one outcome.'));
    expect(parseMocks('{ "d": { "artifacts": { "a": 1 } } }', 'm.json')).toEqual(
      E.left('m.json: mock "d".artifacts: expected an object of artifact name to file text, got {"a":1}.'),
    );
  });

  it('a template named __proto__ stays a plain key', () => {
    const parsed = parseMocks('{ "__proto__": { "result": "x" } }', 'm.json');
    expect(E.isRight(parsed) && Object.keys(parsed.right)).toEqual(['__proto__']);
    expect(E.isRight(parsed) && Object.getPrototypeOf(parsed.right)).toBe(Object.prototype);
  });
});

describe('no way to run', () => {
  it('names the template and the three ways to run it', async () => {
    const r = await createLeafRunner({ store: freshStore() })(leafRequest(flip));
    expect(r).toEqual({
      phase: 'Error',
      message:
        'Template "flip-coin" has no way to run locally: give it a mock (mocks: { \'flip-coin\': { result: \'...\' } }, or --mock file.json), an implementation (implementations: { \'flip-coin\': async (inputs) => ({ ... }) }), or run its command on this machine with host: true (--host).',
      outputs: { parameters: {}, artifacts: {} },
    });
  });

  it('a resource template names the two ways that fit it, with or without host', async () => {
    const resource: Template = { name: 'create-job', resource: { action: 'create', manifest: 'kind: Job' } };
    const without = await createLeafRunner({ store: freshStore() })(leafRequest(resource));
    expect(without.message).toBe(
      'Template "create-job" has no way to run locally: give it a mock (mocks: { \'create-job\': { result: \'...\' } }, or --mock file.json), an implementation (implementations: { \'create-job\': async (inputs) => ({ ... }) }); a resource template runs on this machine only through a mock or an implementation.',
    );
    const withHost = await createLeafRunner({ store: freshStore(), host: true })(leafRequest(resource));
    expect(withHost.message).toBe(
      'Template "create-job" cannot run on this machine: a resource template runs on this machine only through a mock or an implementation. Give it a mock (mocks: { \'create-job\': { result: \'...\' } }, or --mock file.json), an implementation (implementations: { \'create-job\': async (inputs) => ({ ... }) }).',
    );
  });
});
