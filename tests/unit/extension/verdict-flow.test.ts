import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { TabVerdicts } from '../../../lib/extension/tab-verdicts';
import type { TabVerdict } from '../../../lib/extension/verdict';
import { verdictFlow } from '../../../lib/extension/verdict-flow';
import { HistoryDb } from '../../../lib/history/db';
import type { Inquiry } from '../../../lib/inquiry';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { SignalHit } from '../../../lib/signals/types';
import { WEIGHTS } from '../../../lib/weights';
import { GENUINE, gmailReport, VAGUE } from './reports';

afterEach(() => fakeBrowser.reset());

/** What the rep's history says about GENUINE's sender: a scam confirmed earlier. */
const CONFIRMED_SCAM: SignalHit = {
  id: 'memory.confirmed-scam',
  weight: WEIGHTS['memory.confirmed-scam'].weight,
  evidence: `${GENUINE.fromAddress}: confirmed as a scam on 3 Mar 2026`,
};

let dbCount = 0;

/**
 * A flow whose memory of GENUINE's sender arrives only when the test says so, and whose wait for memory
 * is `memoryWait` (over at once: the history is "slow"; never: the history is "in time").
 */
function flowWithMemory(memoryWait: () => Promise<void>) {
  let memoryArrives!: () => void;
  const arrived = new Promise<void>((resolve) => (memoryArrives = resolve));
  const memory = async (inquiry: Inquiry) => {
    if (inquiry.id !== GENUINE.id) return [];
    await arrived;
    return [CONFIRMED_SCAM];
  };
  const verdicts = new TabVerdicts();
  const history = new HistoryDb(`verdict-flow-${++dbCount}`);
  const pending: Promise<unknown>[] = [];
  const flow = verdictFlow({
    browser,
    history,
    verdicts,
    online: { withCached: async (v) => v },
    settings: () => DEFAULT_SETTINGS,
    ready: Promise.resolve(),
    memory,
    sleep: memoryWait,
    detach: (work) => void pending.push(work),
    saved: () => undefined,
  });
  return {
    flow,
    history,
    memoryArrives,
    shown: (tabId: number) => verdicts.get(tabId),
    settle: async () => {
      while (pending.length) await Promise.all(pending.splice(0));
    },
  };
}

const memoryOf = (v: TabVerdict | undefined) => (v?.status === 'ready' ? v.analysis.signals.filter((s) => s.id.startsWith('memory.')).map((s) => s.id) : []);
const subjectOf = (v: TabVerdict | undefined) => (v?.status === 'ready' ? v.inquiry.subject : v?.status);

describe('the rep’s memory', () => {
  it('is part of the first verdict when the history answers in time', async () => {
    const t = flowWithMemory(() => new Promise(() => undefined));
    const reported = t.flow.report(4, gmailReport(GENUINE));
    t.memoryArrives();
    await reported;
    expect(memoryOf(await t.shown(4))).toEqual(['memory.confirmed-scam']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
  });

  it('does not hold a verdict back, and reaches the message still on screen when it arrives late', async () => {
    const t = flowWithMemory(async () => undefined);
    await t.flow.report(4, gmailReport(GENUINE));
    expect(memoryOf(await t.shown(4))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('HI');

    t.memoryArrives();
    await t.settle();
    expect(memoryOf(await t.shown(4))).toEqual(['memory.confirmed-scam']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('!');
    expect((await t.history.inquiries.get(`gmail:${GENUINE.id}`))?.verdict.risk).toBe(true);
  });

  it('that arrives late does not replace the verdict of the message the rep opened next', async () => {
    const t = flowWithMemory(async () => undefined);
    await t.flow.report(4, gmailReport(GENUINE));
    await t.flow.report(4, gmailReport(VAGUE));

    t.memoryArrives();
    await t.settle();
    expect(subjectOf(await t.shown(4))).toBe(VAGUE.subject);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('LOW');
  });
});
