import type { Finding, Where } from './problem.js';
import { describeType, entries, field, has, isRecord, pathIndex, pathKey } from '../../argo-model/json-value.js';
import type { ScopeBuilder } from './scope.js';
import { hasTag } from '../../core/tag-scanner.js';

// withParam without tags is parsed as JSON by the controller at run time; fail early instead.
const isJsonList = (s: string): boolean => {
  try {
    return Array.isArray(JSON.parse(s));
  } catch {
    return false;
  }
};

/** True when the step or task fans out over items (its outputs become aggregated lists). */
export const isLooped = (holder: unknown): boolean =>
  (Array.isArray(field(holder, 'withItems')) && (field(holder, 'withItems') as ReadonlyArray<unknown>).length > 0) ||
  (typeof field(holder, 'withParam') === 'string' && field(holder, 'withParam') !== '') ||
  has(holder, 'withSequence');

/**
 * REFERENCE §4.31 (addItemsToScope): at most one loop source, withSequence not both count and
 * end; adds `item` / `item.<key>` / `item.[i]` to `into`.
 */
export const checkLoops = (
  report: (f: Finding) => void,
  holder: unknown,
  at: string,
  w: Where,
  into: ScopeBuilder,
): void => {
  const items = field(holder, 'withItems');
  const param = field(holder, 'withParam');
  const seq = field(holder, 'withSequence');
  // Most steps and tasks do not loop at all.
  if (items === undefined && param === undefined && seq === undefined) return;
  const used = [
    Array.isArray(items) && items.length > 0 ? 'withItems' : undefined,
    typeof param === 'string' && param !== '' ? 'withParam' : undefined,
    seq !== undefined && seq !== null ? 'withSequence' : undefined,
  ].filter((x) => x !== undefined);
  if (used.length > 1)
    report({
      ...w,
      path: at,
      rule: 'loops',
      message: `only one of withItems, withParam, withSequence can be specified (found ${used.join(', ')}); keep one`,
    });
  if (items !== undefined && items !== null && !Array.isArray(items))
    report({
      ...w,
      path: pathKey(at, 'withItems'),
      rule: 'type',
      message: `withItems must be a list (found ${describeType(items)})`,
    });
  if (typeof param === 'string' && param !== '' && !hasTag(param) && !isJsonList(param))
    report({
      ...w,
      path: pathKey(at, 'withParam'),
      rule: 'loops',
      message: `withParam ${JSON.stringify(param.length > 60 ? `${param.slice(0, 60)}...` : param)} is not a JSON list; write a JSON array such as '["a", "b"]' or a {{...}} reference to one`,
    });
  if (param !== undefined && param !== null && typeof param !== 'string')
    report({
      ...w,
      path: pathKey(at, 'withParam'),
      rule: 'type',
      message: `withParam must be a string holding a JSON list or a {{...}} reference to one (found ${describeType(param)})`,
    });
  if (seq !== undefined && seq !== null) {
    if (!isRecord(seq))
      report({
        ...w,
        path: pathKey(at, 'withSequence'),
        rule: 'type',
        message: `withSequence must be a map with count or start/end (found ${describeType(seq)})`,
      });
    else if (has(seq, 'count') && has(seq, 'end'))
      report({
        ...w,
        path: pathKey(at, 'withSequence'),
        rule: 'loops',
        message: 'only one of count or end can be defined in withSequence; use count, or start and end',
      });
  }
  if (Array.isArray(items) && items.length > 0) {
    items.forEach((it, i) => {
      if (typeof it === 'string' || typeof it === 'number' || typeof it === 'boolean') into.exact.add('item');
      else if (Array.isArray(it)) it.forEach((_, j) => into.exact.add(`item.[${j}]`));
      else if (isRecord(it)) for (const [k] of entries(it)) into.exact.add(`item.${k}`);
      else
        report({
          ...w,
          path: pathIndex(pathKey(at, 'withItems'), i),
          rule: 'loops',
          message: `unsupported withItems item ${JSON.stringify(it)}; use a string, number, boolean, list or map`,
        });
    });
  } else if (typeof param === 'string' && param !== '') {
    into.exact.add('item');
    into.prefixes.add('item.');
  } else if (seq !== undefined && seq !== null) into.exact.add('item');
};
