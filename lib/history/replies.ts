import type { QuestionId, Role } from '../analysis';
import { QUESTION_IDS } from '../analysis';
import { analyze } from '../analyze';
import type { Settings } from '../settings';
import type { GlossedReply } from '../templates';
import { buildReplies, PHRASES } from '../templates';
import type { HistoryRecord } from './record';

const isQuestion = (q: string): q is QuestionId => (QUESTION_IDS as readonly string[]).includes(q);
const isRole = (r: string): r is Role => Object.hasOwn(PHRASES.en.roleNote, r);

/**
 * The reply templates for a stored inquiry, written again on demand: a record keeps the verdict, not the
 * replies. The facts a reply names (buyer, products, quantity, terms, what they gave for shipping) come
 * from the stored message as the analyzer reads it for the panel, with the rep's settings of today (name,
 * signature, reply language); what the verdict decided (scam risk, band, sample advice, buyer role, open
 * questions) comes from the record, so the recommended reply agrees with the verdict the history shows even
 * after the weights or the analyzer changed. Loaded by the history page only when the rep asks for replies:
 * it brings the whole analyzer.
 */
export function repliesFor(record: HistoryRecord, settings: Settings): GlossedReply[] {
  const fresh = analyze(record.inquiry, { settings });
  const v = record.verdict;
  return buildReplies({
    lang: fresh.replyLanguage,
    facts: fresh.facts,
    openQuestions: v.openQuestions.filter(isQuestion),
    sample: { ...fresh.sample, advice: v.advice },
    risk: v.risk,
    band: v.band,
    role: isRole(v.role) ? v.role : fresh.profile.role,
    sender: { companyName: settings.companyName, signature: settings.signature, industryWords: settings.industryWords },
  });
}
