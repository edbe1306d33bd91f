// The event log of a local run: what a contract test asserts on, in the order things happened.
import type { NodePhase } from './local-node.js';

/** What happened to a node. */
export type LocalEventType = 'Started' | 'Finished' | 'Retrying' | 'Suspended' | 'Resumed';

/** One entry of the event log. */
export interface LocalEvent {
  /** Milliseconds since the run started, on the run's clock (virtual unless `clock: 'real'`). */
  readonly at: number;
  readonly type: LocalEventType;
  /** Full node name. */
  readonly node: string;
  readonly displayName: string;
  /** The phase a `Finished` node ended in. */
  readonly phase?: NodePhase;
  readonly message?: string;
}
