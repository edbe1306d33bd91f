// Finds the source position of a path (e.g. a decoding problem's) inside a parsed YAML document.
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { PathSegment } from '../../argo-model/json-value.js';

export type YamlPath = ReadonlyArray<PathSegment>;

export interface YamlLocation {
  readonly line: number;
  readonly col: number;
}

/** Per map node, its pairs by key (the last of a repeated key, as readers keep): one lookup per segment, not a scan. */
const pairIndex = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

const pairsByKey = (map: YAMLMap): ReadonlyMap<string, Pair> => {
  let index = pairIndex.get(map);
  if (index === undefined) {
    const built = new Map<string, Pair>();
    for (const p of map.items as ReadonlyArray<Pair>) if (isScalar(p.key)) built.set(String(p.key.value), p);
    pairIndex.set(map, built);
    index = built;
  }
  return index;
};

/**
 * The key of the last segment if it exists (so an unknown field points at its name), else the
 * deepest node on the path that exists (so a missing field points at the map that lacks it).
 */
export const locateInYaml = (doc: Document, lines: LineCounter, path: YamlPath): YamlLocation => {
  let node: unknown = doc.contents;
  let best: Node | null = doc.contents;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairsByKey(node as YAMLMap).get(String(segment));
      if (pair === undefined) break;
      best = isScalar(pair.key) ? pair.key : best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      best = node as Node;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(best?.range?.[0] ?? doc.range?.[0] ?? 0);
  return { line, col };
};
