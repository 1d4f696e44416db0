import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useId, useRef } from 'react';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ErrorBoundary } from '../ErrorBoundary';
import { DamagedRow, HistoryRow, PlaceholderRow } from './HistoryRow';
import { readable } from './text';
import type { HistoryPages } from './useHistoryPages';

/** Keep in step with `.il-history-row { height }` in history.css: rows are not measured. */
export const ROW_HEIGHT = 92;
/** happy-dom and the first frame measure nothing; this lets the first rows render before layout. */
const INITIAL_RECT = { width: 360, height: 600 };

/**
 * A list with no size (not laid out yet, hidden while the detail covers it on a phone, or a DOM without
 * layout) would drop every row; the last real size, else the initial one, is the better guess.
 */
const observeSizedRect: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => {
    if (rect.width > 0 && rect.height > 0) cb(rect);
  });

export interface HistoryListProps {
  locale: Locale;
  pages: HistoryPages;
  selected: ReadonlySet<string>;
  openKey: string | undefined;
  onToggle: (key: string, on: boolean) => void;
  onOpen: (key: string) => void;
  /** Deletes one record the list cannot show. */
  onRemove?: (key: string) => void;
}

/**
 * The matching inquiries as one virtual list: only the rows in view (plus a few) exist in the page, and
 * their pages are fetched as the rep scrolls.
 */
export function HistoryList({ locale, pages, selected, openKey, onToggle, onOpen, onRemove }: HistoryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | undefined>(undefined);
  const hintId = useId();
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeSizedRect,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  const { ensure, version } = pages;
  useEffect(() => {
    if (first !== undefined && last !== undefined) ensure(first, last);
  }, [first, last, ensure, version]);

  // Arrow keys may move to a row that is not rendered yet: focus it once the virtualizer has drawn it.
  useEffect(() => {
    const i = pendingFocus.current;
    if (i === undefined) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${i}"] .il-history-open`);
    if (button) {
      pendingFocus.current = undefined;
      button.focus();
    }
  });

  const onNavigate = useCallback(
    (index: number, e: KeyboardEvent<HTMLButtonElement>) => {
      const perScreen = Math.max(1, Math.floor((scrollRef.current?.clientHeight || INITIAL_RECT.height) / ROW_HEIGHT) - 1);
      const target =
        e.key === 'ArrowDown'
          ? index + 1
          : e.key === 'ArrowUp'
            ? index - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? count - 1
                : e.key === 'PageDown'
                  ? index + perScreen
                  : e.key === 'PageUp'
                    ? index - perScreen
                    : undefined;
      if (target === undefined) return;
      e.preventDefault();
      const next = Math.min(count - 1, Math.max(0, target));
      pendingFocus.current = next;
      virtualizer.scrollToIndex(next, { align: 'auto' });
      const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${next}"] .il-history-open`);
      if (button) {
        pendingFocus.current = undefined;
        button.focus();
      }
    },
    [count, virtualizer],
  );

  return (
    <>
      <p id={hintId} className="il-sr">
        {t(locale, 'history.rowHint')}
      </p>
      <div ref={scrollRef} className="il-history-scroll">
        <div role="list" aria-label={t(locale, 'history.list')} className="il-history-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT } as const;
            const raw = pages.at(item.index);
            const record = readable(raw);
            if (raw && !record) {
              const key = String((raw as { key?: unknown }).key ?? '');
              return (
                <DamagedRow
                  key={item.index}
                  recordKey={key}
                  index={item.index}
                  count={count}
                  style={style}
                  label={t(locale, 'history.damaged', { key })}
                  locale={locale}
                  onRemove={onRemove}
                />
              );
            }
            if (!record) return <PlaceholderRow key={item.index} index={item.index} count={count} style={style} label={t(locale, 'history.loading')} />;
            // One row that cannot be drawn must not take the list, and with it the whole page, down.
            return (
              <ErrorBoundary
                key={item.index}
                resetKeys={[record]}
                fallback={() => (
                  <DamagedRow
                    recordKey={record.key}
                    index={item.index}
                    count={count}
                    style={style}
                    label={t(locale, 'history.rowFailed', { key: record.key })}
                    locale={locale}
                    onRemove={onRemove}
                  />
                )}
              >
                <HistoryRow
                  record={record}
                  index={item.index}
                  count={count}
                  locale={locale}
                  selected={selected.has(record.key)}
                  open={record.key === openKey}
                  style={style}
                  describedBy={hintId}
                  onToggle={onToggle}
                  onOpen={onOpen}
                  onNavigate={onNavigate}
                />
              </ErrorBoundary>
            );
          })}
        </div>
      </div>
    </>
  );
}
