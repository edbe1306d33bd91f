/**
 * An interpreter written outside the library, against the public API only (as io-ts keeps one in its
 * tests): it proves a new backend plugs in without touching the core. It draws a Mermaid flowchart.
 */
import { describe, expect, it } from 'vitest';
import { dag, steps, step, seq, par, type TemplateKind, type TemplateNode } from '../src/index.js';
import { double, echo, randomInt } from './support/templates.js';

type Draw<K extends TemplateKind> = (n: Extract<TemplateNode, { kind: K }>) => ReadonlyArray<string>;

const drawers: { readonly [K in TemplateKind]: Draw<K> } = {
  Container: (n) => [`  ${n.name}[${n.image}]`],
  Script: (n) => [`  ${n.name}[/${n.image}/]`],
  Dag: (n) =>
    n.tasks.flatMap((t) => {
      const deps = new Set([...t.after.map((a) => a.name), ...t.arguments.flatMap((a) => [...a.value.matchAll(/\{\{tasks\.([^.]+)\./g)].map((m) => m[1]))]);
      return deps.size === 0 ? [`  ${t.name}`] : [...deps].map((d) => `  ${d} --> ${t.name}`);
    }),
  Steps: (n) => n.groups.slice(1).flatMap((g, i) => g.flatMap((s) => n.groups[i]!.map((p) => `  ${p.name} --> ${s.name}`))),
  Suspend: (n) => [`  ${n.name}((pause))`],
  Resource: (n) => [`  ${n.name}[[${n.resource.action}]]`],
  Http: (n) => [`  ${n.name}>${n.http.url}]`],
  ContainerSet: (n) => n.containers.flatMap((c) => (c.dependencies.length === 0 ? [`  ${c.name}`] : c.dependencies.map((d) => `  ${d.name} --> ${c.name}`))),
  Data: (n) => [`  ${n.name}[(data)]`],
  Plugin: (n) => [`  ${n.name}{{${Object.keys(n.plugin).join(',')}}}`],
};

const toMermaid = (t: { readonly node: TemplateNode }): string =>
  ['flowchart TD', ...(drawers[t.node.kind] as Draw<TemplateKind>)(t.node as never)].join('\n');

describe('an interpreter from outside the core', () => {
  it('draws a dag', () => {
    const chain = dag('chain', (d) => {
      const r = d.task('r', randomInt, {});
      const x = d.task('x', double, { n: r.out.result });
      d.task('y', echo, { message: 'y' }, { after: [x, r] });
    });
    expect(toMermaid(chain)).toBe('flowchart TD\n  r\n  r --> x\n  x --> y\n  r --> y');
  });

  it('draws steps', () => {
    const s = steps('s', seq(step('a', echo, { message: 'a' }), par(step('b', echo, { message: 'b' }), step('c', echo, { message: 'c' }))));
    expect(toMermaid(s)).toBe('flowchart TD\n  a --> b\n  a --> c');
  });
});
