import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitYaml } from '../src/index.js';

describe('emitYaml edge cases', () => {
  it('writes an object whose properties are all undefined as {}, as JSON.stringify does', () => {
    const v = { a: { b: undefined }, l: [{ c: undefined }, 1], m: { d: 1, e: undefined } };
    const y = emitYaml(v);
    expect(y).toBe('a: {}\nl:\n  - {}\n  - 1\nm:\n  d: 1\n');
    expect(parse(y)).toEqual(JSON.parse(JSON.stringify(v)));
  });

  it('nests lists of lists and maps in lists on the dash line', () => {
    const v = { steps: [[{ name: 'a', arguments: { parameters: [{ name: 'x', value: '1' }] } }], [{ name: 'b' }, { name: 'c' }]] };
    expect(emitYaml(v)).toBe(
      [
        'steps:',
        '  - - name: a',
        '      arguments:',
        '        parameters:',
        '          - name: x',
        '            value: "1"',
        '  - - name: b',
        '    - name: c',
        '',
      ].join('\n'),
    );
    expect(parse(emitYaml(v))).toEqual(v);
  });

  it('quotes strings with `: `, ` #`, a trailing `:` or space, and keeps inner colons and spaces plain', () => {
    const plain = ['a:b', 'http://x:8080/p', 'a  b', 'python:alpine3.6', 'a - b'];
    const quoted = ['a: b', 'a #b', 'a:', 'a ', 'a: ', 'Yes', 'NULL'];
    for (const s of plain) expect(emitYaml({ k: s })).toBe(`k: ${s}\n`);
    for (const s of quoted) expect(emitYaml({ k: s })).toBe(`k: ${JSON.stringify(s)}\n`);
  });
});
