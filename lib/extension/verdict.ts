import type { Analysis } from '../analysis';
import type { StoreProblem } from '../history/errors';
import type { Inquiry } from '../inquiry';

/**
 * What the side panel shows for one tab. Kept by the service worker per tab, mirrored to session
 * storage so a restarted worker still answers the panel.
 */
export type TabVerdict =
  | { status: 'unsupported'; url: string }
  | { status: 'no-message'; site: string }
  /** The page should show a message but the reader could not find it: which case (translated in the panel) and which selector. */
  | { status: 'unrecognised'; site: string; code: string; selector: string }
  /** The site showed a message but what was read does not fit the message schema: never judged, never a stale verdict. */
  | { status: 'unreadable'; site: string; reason: string }
  | { status: 'analyzing'; site: string }
  | {
      status: 'ready';
      site: string;
      inquiry: Inquiry;
      analysis: Analysis;
      at: number;
      /** Why the verdict could not be saved to history, if it could not. */ historyProblem?: StoreProblem;
    }
  /**
   * Mail from one of the rep's own domains: a colleague, not an inquiry. Never saved to history; `analysis`
   * is what the mail would get from an outside sender, shown only when the rep asks to analyse it anyway.
   */
  | { status: 'colleague'; site: string; inquiry: Inquiry; analysis: Analysis; at: number }
  | { status: 'error'; code: string; message: string };

export const BandBadge: Record<Analysis['band'], { text: string; color: string }> = {
  high: { text: 'HI', color: '#1a7f37' },
  medium: { text: 'MID', color: '#9a6700' },
  low: { text: 'LOW', color: '#cf222e' },
};

/** Toolbar badge for a verdict: the band, or "!" for risk, nothing when no inquiry is judged. */
export function badgeFor(v: TabVerdict | undefined): { text: string; color: string } {
  if (!v || v.status !== 'ready') return { text: '', color: '#57606a' };
  if (v.analysis.risk) return { text: '!', color: '#cf222e' };
  return BandBadge[v.analysis.band];
}

/** The verdict on screen is still for this message: a late or online re-judgement may replace it, never the next one's. */
export function sameMessage(shown: TabVerdict | undefined, v: TabVerdict & { status: 'ready' }): boolean {
  return shown?.status === 'ready' && shown.inquiry.source === v.inquiry.source && shown.inquiry.id === v.inquiry.id;
}
