// Names the document, template and task/step a path points into, so every message can say
// "Workflow/hello- › template 'main' › task 'B'" instead of only a raw path.
import type { PathSegment } from '../../argo-model/json-value.js';
import { field, list, strField } from '../../argo-model/json-value.js';

export interface PathContext {
  readonly template?: string;
  readonly task?: string;
}

const at = (data: unknown, key: PathSegment): unknown => (typeof key === 'number' ? list(data)[key] : field(data, key));

const nameOf = (data: unknown): string | undefined => strField(data, 'name') || undefined;

/**
 * `Workflow/hello-` (kind/name or kind/generateName; the kind alone when unnamed), or `document N`
 * (`document` without an index) before a kind is known.
 */
export const documentLabel = (data: unknown, index?: number): string => {
  const kind = field(data, 'kind');
  if (typeof kind !== 'string') return index === undefined ? 'document' : `document ${index + 1}`;
  const metadata = field(data, 'metadata');
  const name = strField(metadata, 'name') || strField(metadata, 'generateName');
  return name === '' ? kind : `${kind}/${name}`;
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
