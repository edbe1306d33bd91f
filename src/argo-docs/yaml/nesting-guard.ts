// Refuses deeply nested YAML, and YAML with more values than any stored object holds, before the
// parser sees it (the parser takes ~10 µs a value: a flat list of 10^6 items would take 10-30 s). The `yaml` package composes nodes
// recursively, and a stack overflow inside it can take the whole process down (V8 may abort while
// compiling a regular expression on an exhausted stack), so catching RangeError is not enough.
import { Lexer } from 'yaml';

const SCALAR_MARKER = '\x1f';
const MARKERS = new Set(['\x02', '\x18', SCALAR_MARKER]);
const SPACES = /^ +$/;

/**
 * Where the text first nests deeper than `maxDepth` or holds more than `maxValues` scalars, or undefined. Depth counts block
 * indentation levels, `- ` items opened on one line after its first (the first is the list the
 * indentation level stands for) and open flow brackets, from the lexer's tokens
 * (iterative, so safe on any input). Multi-line scalars are single tokens, so their lines never count.
 */
export interface TooLarge {
  /** Offset of the first token past the limit. */
  readonly offset: number;
  readonly reason: 'depth' | 'values';
}

export const findTooLarge = (text: string, maxDepth: number, maxValues: number): TooLarge | undefined => {
  let values = 0;
  let offset = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  let items = 0;
  let afterScalarMarker = false;
  const indents: number[] = [];
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === '\x18') flow = 0; // the lexer ended a broken flow collection
      afterScalarMarker = token === SCALAR_MARKER;
      continue;
    }
    const isScalar = afterScalarMarker || token[0] === '"' || token[0] === "'";
    afterScalarMarker = false;
    if (isScalar && ++values > maxValues) return { offset, reason: 'values' };
    if (token === '\n' || token === '\r\n') {
      lineStart = true;
      indent = 0;
      items = 0;
    } else if (lineStart && SPACES.test(token)) {
      indent = token.length;
    } else {
      const opensLine = lineStart && flow === 0 && token[0] !== '#';
      if (opensLine) {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
      }
      lineStart = false;
      if (!isScalar) {
        if (token === '[' || token === '{') flow++;
        else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
        else if (token === '-' && !opensLine) items++;
        else if (token === '---' || token === '...') indents.length = 0;
      }
      if (indents.length + items + flow > maxDepth) return { offset, reason: 'depth' };
    }
    offset += token.length;
  }
  return undefined;
};
