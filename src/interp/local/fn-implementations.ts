// `fn` templates run locally by calling their function, as an implementation given by name would be.
import type { TemplateNode } from '../../core/template-node.js';
import type { LocalImplementations } from './leaf-implementation.js';

/**
 * The functions of the `fn` templates among `templates` (`templatesByName`), as implementations by
 * template name: a run calls them with the inputs its codecs decode, where no implementation or mock of
 * that name is given.
 * @category constructors
 */
export const fnImplementations = (templates: ReadonlyMap<string, TemplateNode>): LocalImplementations =>
  Object.fromEntries(
    [...templates].flatMap(([name, t]) => {
      const body = t.kind === 'Script' ? t.fn : undefined;
      return body === undefined ? [] : [[name, body]];
    }),
  );
