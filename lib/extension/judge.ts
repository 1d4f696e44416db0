import { analyze } from '../analyze';
import type { ReadState } from '../messages';
import type { Settings } from '../settings';
import type { SignalHit } from '../signals/types';
import type { TabVerdict } from './verdict';

/** Turn what a reader saw into the verdict the panel shows. Never throws: errors become an error verdict. */
export function judgeRead(site: string, state: ReadState, settings: Settings, memoryHits: readonly SignalHit[] = []): TabVerdict {
  if (state.status === 'no-message') return { status: 'no-message', site };
  if (state.status === 'unrecognised') return { status: 'unrecognised', site, code: state.code, selector: state.selector };
  try {
    if (!state.inquiry.body.trim() && !state.inquiry.subject.trim()) return { status: 'error', code: 'empty', message: 'The message has no text to judge.' };
    const analysis = analyze(state.inquiry, { settings, memoryHits });
    if (analysis.ownMail) {
      // A colleague's mail is not an inquiry: it is not scored, answered or remembered. The verdict it would
      // get from a stranger is kept beside the notice, for a rep who asks to analyse it anyway.
      const anyway = analyze(state.inquiry, { settings: { ...settings, ownDomains: [] }, memoryHits });
      return { status: 'colleague', site, inquiry: state.inquiry, analysis: anyway, at: Date.now() };
    }
    return { status: 'ready', site, inquiry: state.inquiry, analysis, at: Date.now() };
  } catch (err) {
    return { status: 'error', code: 'analysis-failed', message: err instanceof Error ? err.message : String(err) };
  }
}
