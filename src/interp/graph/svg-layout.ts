// Graphviz compiled to WASM lays out the SVG. Imported on first use only: `tiphys` and `tiphys build` never
// load its 2 MB.
import type { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/** The SVG Graphviz's `dot` layout draws for a DOT text. */
export const layoutSvg = async (dot: string): Promise<string> => {
  graphviz ??= import('@hpcc-js/wasm-graphviz')
    .then((m) => m.Graphviz.load())
    .catch((e: unknown) => {
      // Not cached: a later call tries again.
      graphviz = undefined;
      throw e;
    });
  return (await graphviz).dot(dot, 'svg');
};
