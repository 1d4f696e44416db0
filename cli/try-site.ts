import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { ADAPTERS, adapterFor } from '../lib/sites';
import { finishRead } from '../lib/sites/finish';
import { readPage } from '../lib/sites/page-reader';

/**
 * `try-site`: every site reader, and the generic page reader, on a saved page (a full save or a
 * censored page shape from the panel), so a rep's capture becomes a reproducible test in one step.
 * The page is parsed by happy-dom (already the test DOM): inert, no script runs and nothing is fetched.
 */

export interface ReaderOutcome {
  reader: string;
  /** The reader the extension would pick for this address. */
  selected: boolean;
  status: string;
  via?: string;
  code?: string;
  selector?: string;
  reason?: string;
  sender?: { name: string; address: string };
  subject?: string;
  bodyChars?: number;
  bodyStart?: string;
  links?: number;
  attachments?: number;
  partial?: boolean;
  clipped?: string[];
  /** The reader threw: a bug in itself, whatever the page. */
  error?: string;
}

export interface TrySiteReport {
  url: string;
  elements: number;
  /** Made by the panel's page-shape capture (text censored), not a full save. */
  censored: boolean;
  readers: ReaderOutcome[];
}

const BODY_START = 160;

/** The address a panel capture recorded in its header (censored past the host), for when --url is not given. */
export function captureUrl(html: string): string | undefined {
  const start = html.indexOf('<!-- InquiryLens page shape:');
  if (start < 0 || start > 100) return undefined;
  const header = html.slice(start, html.indexOf('-->', start));
  return / url (\S+); \d+ elements/.exec(header)?.[1];
}

function outcome(reader: string, selected: boolean, run: () => unknown): ReaderOutcome {
  let r: Record<string, unknown>;
  try {
    r = run() as Record<string, unknown>;
  } catch (err) {
    return { reader, selected, status: 'threw', error: err instanceof Error ? err.message : String(err) };
  }
  const out: ReaderOutcome = { reader, selected, status: String(r.status) };
  // Failures are read by name, not by type: a reader may report a code, a selector, a reason or all three.
  for (const k of ['via', 'code', 'selector', 'reason'] as const) if (typeof r[k] === 'string') out[k] = r[k];
  const i = r.inquiry as
    | { from: { name: string; address: string }; subject: string; body: string; links: unknown[]; attachments: unknown[]; partial: boolean; clipped?: string[] }
    | undefined;
  if (i) {
    Object.assign(out, {
      sender: i.from,
      subject: i.subject,
      bodyChars: i.body.length,
      bodyStart: i.body.slice(0, BODY_START),
      links: i.links.length,
      attachments: i.attachments.length,
      partial: i.partial,
      ...(i.clipped?.length ? { clipped: i.clipped } : {}),
    });
  }
  return out;
}

/**
 * Browser globals the readers may use (the generic reader parses Readability's output with DOMParser,
 * walks with Node's constants), lent from the happy-dom window while they run: Node has none of them.
 */
const DOM_GLOBALS = [
  'DOMParser',
  'Node',
  'NodeFilter',
  'Element',
  'HTMLElement',
  'HTMLAnchorElement',
  'Document',
  'DocumentFragment',
  'Text',
  'XMLSerializer',
  'getComputedStyle',
];

function lendGlobals(window: Window): () => void {
  const g = globalThis as Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  const lent = DOM_GLOBALS.filter((k) => !(k in g) && w[k] !== undefined);
  for (const k of lent) g[k] = k === 'getComputedStyle' ? window.getComputedStyle.bind(window) : w[k];
  return () => {
    for (const k of lent) delete g[k];
  };
}

export async function trySite(html: string, pageUrl: string): Promise<TrySiteReport> {
  const url = new URL(pageUrl);
  const window = new Window({ url: url.href });
  const giveBack = lendGlobals(window);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const selected = adapterFor(url)?.id;
    // Finished as the worker finishes every read, so the body shown is the one the analyser would judge.
    const readers = ADAPTERS.map((a) => outcome(a.id, a.id === selected, () => finishRead(a.read(doc, url))));
    readers.push(outcome('page', selected === undefined, () => finishRead(readPage(doc, url))));
    return {
      url: url.href,
      elements: doc.getElementsByTagName('*').length,
      censored: Boolean(captureUrl(html)) || html.includes('<!-- InquiryLens page shape:'),
      readers,
    };
  } finally {
    giveBack();
    await window.happyDOM.close();
  }
}

/** Quoted and escaped: a hostile page's text cannot move the terminal's cursor or colour it. */
const q = (s: string) => JSON.stringify(s);

export function formatTrySite(r: TrySiteReport, file: string): string {
  const lines = [`${file}: ${r.elements} elements${r.censored ? ', a censored page shape' : ''}`, `url: ${r.url}`, ''];
  for (const o of r.readers) {
    const name = o.reader === 'page' ? 'page (generic reader)' : o.reader;
    lines.push(`${name}${o.selected ? '  <- the reader for this address' : ''}`);
    const why = [
      o.via && `via ${o.via}`,
      o.code && `code ${o.code}`,
      o.selector && `selector ${q(o.selector)}`,
      o.reason && q(o.reason),
      o.error && `error ${q(o.error)}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${o.status}${why ? `: ${why}` : ''}`);
    if (o.sender) {
      lines.push(`  sender:  ${q(o.sender.name)} <${q(o.sender.address).slice(1, -1)}>`);
      lines.push(`  subject: ${q(o.subject ?? '')}`);
      lines.push(`  body:    ${o.bodyChars} chars${o.bodyChars ? `, starting ${q(o.bodyStart ?? '')}` : ''}`);
      lines.push(`  links ${o.links}, attachments ${o.attachments}, partial ${o.partial ? 'yes' : 'no'}${o.clipped ? `, cut: ${o.clipped.join(', ')}` : ''}`);
    }
  }
  return lines.join('\n');
}

export async function runTrySite(file: string, url: string | undefined, json: boolean): Promise<number> {
  const html = readFileSync(file, 'utf8');
  const pageUrl = url ?? captureUrl(html);
  if (!pageUrl) {
    console.error('try-site needs --url <page url>: the capture does not say where it came from');
    return 2;
  }
  const report = await trySite(html, pageUrl);
  console.log(json ? JSON.stringify(report) : formatTrySite(report, file));
  return 0;
}
