import type { LeafRunner } from '../src/interp/local/leaf-runner.js';
import { virtualClock } from '../src/interp/local/run-clock.js';
import { startEngine } from '../src/interp/local/run-workflow.js';
import { toManifest } from '../src/index.js';
import { nestedWideDag } from './wide-dag.js';
const noop: LeafRunner = () => Promise.resolve({ phase: 'Succeeded', outputs: { parameters: {}, artifacts: {} } });
const manifest = toManifest(nestedWideDag(1000));
const c0 = process.cpuUsage();
for (let i = 0; i < 60; i++) {
  await startEngine({ workflow: manifest, libraries: [], leaf: noop, mocks: {}, clock: virtualClock(), origin: 0, name: undefined, resumable: false }).outcome;
}
const c = process.cpuUsage(c0);
console.log('cpu ms per run', (c.user + c.system) / 1000 / 60);
