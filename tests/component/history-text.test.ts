import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { subjectOf, senderOf } from '../../components/history/text';
import { analyze } from '../../lib/analyze';
import { HistoryDb } from '../../lib/history/db';
import { saveAnalysis } from '../../lib/history/repo';
import { makeInquiry } from '../../lib/inquiry';

const db = new HistoryDb(`history-text-${Math.random()}`);
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('how the history names a message', () => {
  it('names pasted text with no subject or sender by its first words and its source, never "(no subject) (unknown sender)"', async () => {
    const inquiry = makeInquiry({
      source: 'paste',
      id: 'p1',
      from: { name: '', address: '' },
      subject: '',
      body: 'Hello, we would like a price for 300 folding chairs in black, delivered to Rotterdam before March.\nThanks',
    });
    const r = await saveAnalysis(db, inquiry, analyze(inquiry));
    for (const locale of ['en', 'zh-CN'] as const) {
      const subject = subjectOf(r, locale);
      expect(subject.startsWith('Hello, we would like a price for 300 folding chairs')).toBe(true);
      expect(subject.length).toBeLessThanOrEqual(61);
      expect(subject).not.toMatch(/no subject|无主题/);
    }
    expect(senderOf(r, 'en')).toBe('Pasted text');
    expect(senderOf(r, 'en')).not.toMatch(/unknown sender/);
  });
});
