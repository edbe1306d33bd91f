import type { RefSource } from './scope.js';

/**
 * How a task or step fans out: over literal items, over a JSON list a ref yields at run time, or over a
 * sequence of numbers. Values that may be refs are kept rendered (`{{...}}`) with their typed sources.
 * @category model
 */
export type LoopNode =
  | { readonly kind: 'WithItems'; readonly items: ReadonlyArray<unknown> }
  | { readonly kind: 'WithParam'; readonly value: string; readonly refs: ReadonlyArray<RefSource> }
  | {
      readonly kind: 'WithSequence';
      readonly count?: string;
      readonly start?: string;
      readonly end?: string;
      readonly format?: string;
      readonly refs: ReadonlyArray<RefSource>;
    };
