// Checks on a parsed YAML tree that the `yaml` package does not make: collection keys, duplicate
// keys (which it only reports without saying where the first one is), and nesting depth.
// Iterative on purpose: a hostile file must not overflow the stack here.
import type { LineCounter, Node, Pair } from 'yaml';
import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { YamlProblem } from './yaml-problem.js';

export interface TreeFindings {
  readonly errors: ReadonlyArray<YamlProblem>;
  readonly duplicateKeys: ReadonlyArray<YamlProblem>;
}

const at = (lines: LineCounter, node: { readonly range?: readonly [number, number, number] | null | undefined }) => {
  const { line, col } = lines.linePos(node.range?.[0] ?? 0);
  return { line, col };
};

const keyText = (pair: Pair<unknown, unknown>): string | undefined =>
  isScalar(pair.key) ? String(pair.key.value) : pair.key === null ? '' : undefined;

/** Tags whose values the `yaml` package turns into Map, Set or Uint8Array: not JSON, and lost on the way to a cluster. */
const NOT_JSON_TAGS: Readonly<Record<string, string>> = {
  'tag:yaml.org,2002:omap': '!!omap has no JSON form and does not reach a cluster intact; write a plain map',
  'tag:yaml.org,2002:pairs': '!!pairs has no JSON form and does not reach a cluster intact; write a plain map',
  'tag:yaml.org,2002:set': '!!set has no JSON form and does not reach a cluster intact; write a plain list',
  'tag:yaml.org,2002:binary': '!!binary values are not text; write the base64 as a plain string',
};

export const walkYamlTree = (root: Node | null, lines: LineCounter, maxDepth: number): TreeFindings => {
  const errors: YamlProblem[] = [];
  const duplicateKeys: YamlProblem[] = [];
  const stack: Array<{ readonly node: unknown; readonly depth: number }> = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    const notJson = isNode(node) && node.tag !== undefined ? NOT_JSON_TAGS[node.tag] : undefined;
    if (notJson !== undefined) {
      errors.push({ ...at(lines, node as Node), message: notJson });
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > maxDepth) {
      errors.push({ ...at(lines, node), message: `nesting is deeper than ${maxDepth} levels; flatten the document` });
      continue;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Map<string, Pair<unknown, unknown>>();
    for (const pair of node.items) {
      const key = keyText(pair);
      if (key === undefined) {
        errors.push({ ...at(lines, pair.key as Node), message: 'a map key is a list or map; Kubernetes keys must be strings' });
      } else {
        stack.push({ node: pair.key, depth: depth + 1 });
        const first = seen.get(key);
        if (first !== undefined) {
          const was = at(lines, first.key as Node);
          duplicateKeys.push({
            ...at(lines, pair.key as Node),
            message: `key "${key}" repeats the key at line ${was.line}; the later value wins (as Kubernetes reads it) and the earlier one is ignored. Merge them or remove one`,
          });
        }
        seen.set(key, pair);
      }
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  errors.sort((a, b) => a.line - b.line || a.col - b.col);
  duplicateKeys.sort((a, b) => a.line - b.line || a.col - b.col);
  return { errors, duplicateKeys };
};
