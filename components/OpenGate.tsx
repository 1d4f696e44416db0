import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { HistoryDb } from '../lib/history/db';
import type { StoreProblem } from '../lib/history/errors';
import { openHistory } from '../lib/history/open';

export type GateState = { status: 'opening' } | { status: 'blocked' } | { status: 'failed'; problem: StoreProblem; detail: string } | { status: 'ready' };

export interface OpenGateProps {
  db: HistoryDb;
  /** What to show until the history is open, or why it cannot open; `children` once it is. */
  waiting: (state: Exclude<GateState, { status: 'ready' }>) => ReactNode;
  children: ReactNode;
}

/**
 * Opens (and upgrades) the history before a page shows it. While an older tab holds the database the
 * page says so instead of staying blank, and it carries on by itself once that tab lets go.
 */
export function OpenGate({ db, waiting, children }: OpenGateProps) {
  const [state, setState] = useState<GateState>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    void openHistory(db, () => live && setState({ status: 'blocked' })).then((r) => {
      if (live) setState(r.ok ? { status: 'ready' } : { status: 'failed', problem: r.problem, detail: r.detail });
    });
    return () => {
      live = false;
    };
  }, [db]);
  return <>{state.status === 'ready' ? children : waiting(state)}</>;
}
