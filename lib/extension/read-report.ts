import type { ReadState } from '../messages';
import { ContentToBackground, ReadEnvelope } from '../messages';
import { finishRead } from '../sites/finish';
import type { TabVerdict } from './verdict';

/**
 * What a content script's report becomes. A report whose message does not fit the schema is not
 * dropped: dropping it left the panel on the previous message's verdict, so a scam padded past a
 * limit was never judged and looked like the mail before it. It becomes an "unreadable" verdict.
 * Returns undefined for anything that is not a report at all. A message read in the page has its
 * quoted history split off here, in the worker, where the tables for it already are (lib/sites/finish.ts).
 */
export async function verdictForReport(raw: unknown, judge: (site: string, state: ReadState) => Promise<TabVerdict>): Promise<TabVerdict | undefined> {
  const envelope = ReadEnvelope.safeParse(raw);
  if (!envelope.success) return undefined;
  const parsed = ContentToBackground.safeParse(raw);
  if (parsed.success) return judge(parsed.data.site, finishRead(parsed.data.state));
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => i.path.join('.'))
    .join(', ');
  return { status: 'unreadable', site: envelope.data.site, reason: `The message does not fit the expected shape (${where}).`.slice(0, 2000) };
}
