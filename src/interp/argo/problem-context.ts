// Names the document, template and task/step a path points into, so every message can say
// "Workflow/hello- › template 'main' › task 'B'" instead of only a raw path.
import type { PathSegment } from './model-problem.js';

export interface PathContext {
  readonly template?: string;
  readonly task?: string;
}

const at = (data: unknown, key: PathSegment): unknown => {
  if (Array.isArray(data) && typeof key === 'number') return data[key] as unknown;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) return (data as Record<string, unknown>)[String(key)];
  return undefined;
};

const nameOf = (data: unknown): string | undefined => {
  const name = at(data, 'name');
  return typeof name === 'string' ? name : undefined;
};

/** `Workflow/hello-` (kind/name or kind/generateName), or `document N` before a kind is known. */
export const documentLabel = (data: unknown, index: number): string => {
  const kind = at(data, 'kind');
  const metadata = at(data, 'metadata');
  const name = nameOf(metadata) ?? at(metadata, 'generateName');
  if (typeof kind !== 'string') return `document ${index + 1}`;
  return typeof name === 'string' ? `${kind}/${name}` : kind;
};

/** The innermost template and task/step on `path` that have a name. */
export const pathContext = (data: unknown, path: ReadonlyArray<PathSegment>): PathContext => {
  let node = data;
  let template: string | undefined;
  let task: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (segment === undefined) break;
    const parentKey = path[i - 1];
    node = at(node, segment);
    if (typeof segment !== 'number') continue;
    if (parentKey === 'templates') {
      template = nameOf(node) ?? `#${segment}`;
      task = undefined;
    } else if (parentKey === 'tasks' || (typeof parentKey === 'number' && path[i - 2] === 'steps')) {
      // `steps` is a list of parallel groups: the step is the item inside a group (`steps[0][1]`).
      task = nameOf(node) ?? `#${segment}`;
    }
  }
  return { ...(template === undefined ? {} : { template }), ...(task === undefined ? {} : { task }) };
};
