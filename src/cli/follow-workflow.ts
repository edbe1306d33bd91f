/**
 * `--watch`: redraws the tree on a TTY (on each event and every second, so durations tick), or
 * prints one line per change when stdout is not a terminal or `CI` is set. Returns the final state.
 */
import type { ArgoClient } from '../interp/submit/argo-client.js';
import type { Workflow } from '../argo-model/generated/index.js';
import type { CliIo } from './cli-io.js';
import { changeLines, renderRunSummary } from './run-summary.js';
import { CLEAR_SCREEN } from './terminal-safe.js';

export const followWorkflow = async (client: ArgoClient, name: string, namespace: string, io: CliIo): Promise<Workflow | undefined> => {
  const redraw = io.isTTY && (io.env['CI'] === undefined || io.env['CI'] === '' || io.env['CI'] === 'false');
  let last: Workflow | undefined;
  const draw = (): void => {
    if (last !== undefined) io.stdout(`${CLEAR_SCREEN}${renderRunSummary(last)}`);
  };
  const ticker = redraw ? setInterval(draw, 1000) : undefined;
  try {
    for await (const wf of client.watch(name, { namespace })) {
      if (redraw) {
        last = wf;
        draw();
      } else {
        for (const line of changeLines(last, wf)) io.stdout(`${line}\n`);
        last = wf;
      }
    }
  } finally {
    clearInterval(ticker);
  }
  if (!redraw && last !== undefined) io.stdout(`\n${renderRunSummary(last)}`);
  return last;
};
