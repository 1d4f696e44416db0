import { useState } from 'react';
import type { CSSProperties } from 'react';
import type { Locale } from '../lib/i18n';
import { formatNumber, t } from '../lib/i18n';
import type { ShapeResult } from '../lib/messages';

type Capture = Extract<ShapeResult, { ok: true }>['capture'];

export interface CaptureShapeProps {
  locale: Locale;
  /** The site's reader id (or "page"), for the file name. */
  site: string;
  /** False where no content script runs: the panel says so instead of asking. */
  available: boolean;
  onCapture: () => Promise<ShapeResult>;
  /** Open at once when the page could not be read; otherwise one click away. */
  prominent?: boolean;
  /** Writes the file; the default hands it to the browser's downloads. */
  download?: (fileName: string, html: string) => void;
  now?: () => Date;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; reason: 'unavailable' | 'refused' }
  | { kind: 'preview'; capture: Capture }
  | { kind: 'saved'; file: string };

/** "inquirylens-page-shape-gmail-2026-11-30.html": the site and the local date, nothing of the page. */
export function shapeFileName(site: string, d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const safe = site.toLowerCase().replace(/[^a-z0-9-]/g, '') || 'page';
  return `inquirylens-page-shape-${safe}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.html`;
}

/** An anchor with `download`: needs no downloads permission and works from the side panel. */
function browserDownload(fileName: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Inline, as the panel's stylesheet belongs to the verdict view: a narrow panel must wrap, not widen.
const PREVIEW: CSSProperties = {
  maxHeight: '18rem',
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  font: '12px/1.4 ui-monospace, Menlo, Consolas, monospace',
  border: '1px solid currentColor',
  borderRadius: 6,
  padding: 6,
  margin: '6px 0',
};

/**
 * The rep saves a censored copy of the page's structure for a bug report, after seeing it. The copy is
 * shown as text only (React writes it as a text node): never parsed or rendered as HTML here.
 */
export function CaptureShape({ locale, site, available, onCapture, prominent = false, download = browserDownload, now = () => new Date() }: CaptureShapeProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ask = () => {
    if (!available) {
      setState({ kind: 'failed', reason: 'unavailable' });
      return;
    }
    setState({ kind: 'loading' });
    onCapture().then(
      (r) => setState(r.ok ? { kind: 'preview', capture: r.capture } : { kind: 'failed', reason: r.reason }),
      () => setState({ kind: 'failed', reason: 'unavailable' }),
    );
  };
  const save = (capture: Capture) => {
    const file = shapeFileName(site, now());
    download(file, capture.html);
    setState({ kind: 'saved', file });
  };

  return (
    <details className="il-capture" open={prominent} style={{ overflowWrap: 'anywhere' }}>
      <summary>{t(locale, 'capture.title')}</summary>
      <p className="il-hint">{t(locale, 'capture.explain')}</p>
      {state.kind === 'idle' || state.kind === 'saved' ? (
        <button type="button" onClick={ask}>
          {t(locale, 'capture.preview')}
        </button>
      ) : null}
      {state.kind === 'loading' ? <p role="status">{t(locale, 'capture.loading')}</p> : null}
      {state.kind === 'failed' ? <p role="status">{t(locale, state.reason === 'unavailable' ? 'capture.unavailable' : 'capture.refused')}</p> : null}
      {state.kind === 'preview' ? (
        <>
          <p>
            {t(locale, 'capture.summary', {
              elements: formatNumber(state.capture.elements, locale),
              size: formatNumber(Math.ceil(new Blob([state.capture.html]).size / 1024), locale),
              file: shapeFileName(site, now()),
            })}
            {state.capture.scope === 'pane' ? ` ${t(locale, 'capture.pane')}` : ''}
            {state.capture.cut ? ` ${t(locale, 'capture.cut')}` : ''}
          </p>
          {/* Focusable so the keyboard can scroll it; a labelled region so a screen reader can find it. */}
          <pre className="il-capture-preview" tabIndex={0} role="region" aria-label={t(locale, 'capture.previewLabel')} style={PREVIEW}>
            {state.capture.html}
          </pre>
          <button type="button" onClick={() => save(state.capture)}>
            {t(locale, 'capture.save')}
          </button>{' '}
          <button type="button" onClick={() => setState({ kind: 'idle' })}>
            {t(locale, 'capture.discard')}
          </button>
        </>
      ) : null}
      {state.kind === 'saved' ? <p role="status">{t(locale, 'capture.saved', { file: state.file })}</p> : null}
    </details>
  );
}
