// V8's JSON syntax errors quote the input; a server echoing a token must not get it into our messages.
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/interp/submit/json-text.js';

const SECRET = 'tok3n-s3cr3t-value';

describe('parseJson', () => {
  it.each([
    ['the start of the text', `${SECRET} trailing`],
    ['a slice from the middle (V8 puts ellipses around it)', `{"padding": "${'x'.repeat(40)}", "result": ${SECRET}}`],
    ['an unterminated string', `{"result": "${SECRET}`],
  ])('never quotes the input: %s', (_, text) => {
    const r = parseJson(text);
    expect(E.isLeft(r)).toBe(true);
    expect(E.isLeft(r) && r.left).not.toContain(SECRET.slice(0, 8));
    expect(E.isLeft(r) && r.left).toMatch(/\(\d+ characters\)$/);
  });

  it('parses JSON', () => {
    expect(parseJson('{"a":[1]}')).toEqual(E.right({ a: [1] }));
  });
});
