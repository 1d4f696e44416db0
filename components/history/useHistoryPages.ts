import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryRecord } from '../../lib/history/record';
import type { HistoryQuery } from '../../lib/history/query';
import type { HistoryStore } from '../../lib/history/store';

export const PAGE_SIZE = 100;
/** The store answers at most 500 records per query; neighbouring missing pages share one request. */
const MAX_PAGES_PER_REQUEST = 5;

export interface HistoryPages {
  /** Matching records in the store; undefined until the first page arrives. */
  total: number | undefined;
  /** The record at a list position, when its page is loaded (possibly from before the last refresh). */
  at(index: number): HistoryRecord | undefined;
  /** Load the pages covering these list positions (inclusive) unless they are loaded or on their way. */
  ensure(first: number, last: number): void;
  /** Every record loaded for the current query. */
  loaded(): HistoryRecord[];
  /** Reload after a change: rows stay on screen until their fresh page replaces them. */
  refresh(): void;
  /** Bumps whenever a page arrives or a refresh starts, so lists re-render and re-request. */
  version: number;
  error: unknown;
}

interface CachedPage {
  gen: number;
  records: HistoryRecord[];
}

/**
 * The history as a long list fetched page by page: only the pages the rep scrolls to are read, so
 * 50 000 records cost as much as the few hundred on screen.
 */
export function useHistoryPages(store: HistoryStore, query: HistoryQuery): HistoryPages {
  const cache = useRef(new Map<number, CachedPage>());
  const inflight = useRef(new Set<string>());
  const gen = useRef(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const queryRef = useRef(query);
  queryRef.current = query;
  const queryKey = JSON.stringify(query);

  const fetchRun = useCallback(
    (start: number, count: number) => {
      const g = gen.current;
      const ids = Array.from({ length: count }, (_, i) => `${g}:${start + i}`);
      ids.forEach((id) => inflight.current.add(id));
      store
        .query({ ...queryRef.current, offset: start * PAGE_SIZE, limit: count * PAGE_SIZE })
        .then(
          (page) => {
            if (g !== gen.current) return;
            for (let i = 0; i < count; i++) cache.current.set(start + i, { gen: g, records: page.records.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE) });
            setTotal(page.total);
            setError(undefined);
            setVersion((v) => v + 1);
          },
          (err: unknown) => {
            if (g === gen.current) setError(err);
          },
        )
        .finally(() => ids.forEach((id) => inflight.current.delete(id)));
    },
    [store],
  );

  const ensure = useCallback(
    (first: number, last: number) => {
      const g = gen.current;
      const from = Math.max(0, Math.floor(first / PAGE_SIZE));
      const to = Math.max(from, Math.floor(last / PAGE_SIZE));
      let runStart = -1;
      const flush = (end: number) => {
        if (runStart >= 0) fetchRun(runStart, end - runStart);
        runStart = -1;
      };
      for (let p = from; p <= to; p++) {
        const fresh = cache.current.get(p)?.gen === g || inflight.current.has(`${g}:${p}`);
        if (fresh) flush(p);
        else {
          if (runStart < 0) runStart = p;
          if (p - runStart + 1 >= MAX_PAGES_PER_REQUEST) flush(p + 1);
        }
      }
      flush(to + 1);
    },
    [fetchRun],
  );

  // A new query starts from scratch: old rows would be wrong rows.
  useEffect(() => {
    gen.current++;
    cache.current = new Map();
    inflight.current = new Set();
    setTotal(undefined);
    setError(undefined);
    setVersion((v) => v + 1);
    ensure(0, 0);
  }, [queryKey, ensure]);

  const refresh = useCallback(() => {
    gen.current++;
    setVersion((v) => v + 1);
    // The list re-requests what is on screen; the first page also brings the new total.
    ensure(0, 0);
  }, [ensure]);

  const at = useCallback((index: number) => cache.current.get(Math.floor(index / PAGE_SIZE))?.records[index % PAGE_SIZE], []);
  const loaded = useCallback(() => {
    // After a refresh, stale and fresh pages can hold the same record at different positions.
    const byKey = new Map<string, HistoryRecord>();
    for (const p of [...cache.current.keys()].sort((a, b) => a - b)) for (const r of cache.current.get(p)!.records) if (!byKey.has(r.key)) byKey.set(r.key, r);
    return [...byKey.values()];
  }, []);

  return { total, at, ensure, loaded, refresh, version, error };
}
