import { useState } from 'react';
import type { Analysis, Reply } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { BuyerProfile } from './BuyerProfile';
import { QuestionList } from './QuestionList';
import { ReplyTemplates } from './ReplyTemplates';
import { RiskBanner } from './RiskBanner';
import { SampleAdvice } from './SampleAdvice';
import { isPlatformSite } from '../lib/site-ids';
import { ScoreGauge } from './ScoreGauge';
import { SignalList } from './SignalList';

export interface InquirySummary {
  subject: string;
  from: string;
  source: string;
}

export interface VerdictPanelProps {
  analysis: Analysis;
  inquiry: InquirySummary;
  locale: Locale;
  onCopy?: (text: string) => void;
  onInsert?: (reply: Reply) => void;
}

/** Where the message was read, in the words the statistics use ("Pasted text"). */
function sourceLabel(source: string, locale: Locale): string {
  const key = `source.${source}`;
  const label = t(locale, key);
  return label === key ? source : label;
}

/** Subject, sender and source; a message without a subject is headed by its source, never by a dash. */
function InquiryHeader({ inquiry, locale }: { inquiry: InquirySummary; locale: Locale }) {
  const source = sourceLabel(inquiry.source, locale);
  return (
    <header className="il-inquiry">
      <h1 className="il-subject">{inquiry.subject.trim() || source}</h1>
      {inquiry.from ? <p className="il-from">{inquiry.from}</p> : null}
      <p className="il-source">{source}</p>
      {/* Message centres' readers were written without real captures of their pages: the panel says the read is best-effort. */}
      {isPlatformSite(inquiry.source) ? <p className="il-source-note">{t(locale, 'reading.bestEffort')}</p> : null}
    </header>
  );
}

/** The whole verdict for one inquiry, most decisive first: risk, score, samples, questions, reply, evidence. */
export function VerdictPanel({ analysis: a, inquiry, locale, onCopy, onInsert }: VerdictPanelProps) {
  return (
    <article className="il-verdict" data-band={a.band} data-risk={a.risk ? 'yes' : 'no'} data-advice={a.sample.advice}>
      <InquiryHeader inquiry={inquiry} locale={locale} />
      {a.ownMail ? <p className="il-note">{t(locale, 'state.ownMail')}</p> : null}
      {a.partial ? <p className="il-note">{t(locale, 'state.partial')}</p> : null}
      {a.truncated ? <p className="il-note">{t(locale, 'state.truncated')}</p> : null}
      <RiskBanner signals={a.signals} locale={locale} />
      <ScoreGauge score={a.score} band={a.band} risk={a.risk} locale={locale} />
      <SampleAdvice sample={a.sample} locale={locale} />
      <QuestionList questions={a.questions} locale={locale} />
      <BuyerProfile profile={a.profile} language={a.language} locale={locale} />
      <ReplyTemplates replies={a.replies} locale={locale} {...(onCopy ? { onCopy } : {})} {...(onInsert ? { onInsert } : {})} />
      <SignalList signals={a.signals} baseline={a.baseline} score={a.score} risk={a.risk} locale={locale} />
    </article>
  );
}

/**
 * A colleague's mail (one of the rep's own domains): not an inquiry, so no score and no reply, only the
 * notice. The rep may still ask for the verdict an outside sender would get; it is never saved to history.
 * Give it a `key` per message, so the next colleague's mail starts closed again.
 */
export function ColleagueVerdict({ analysis, inquiry, locale, onCopy, onInsert }: VerdictPanelProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <>
        <p className="il-note il-colleague-shown" role="status">
          {t(locale, 'state.colleagueShown')}
        </p>
        <VerdictPanel analysis={analysis} inquiry={inquiry} locale={locale} {...(onCopy ? { onCopy } : {})} {...(onInsert ? { onInsert } : {})} />
      </>
    );
  }
  return (
    <article className="il-verdict il-colleague" data-colleague="yes">
      <InquiryHeader inquiry={inquiry} locale={locale} />
      <section className="il-note" role="status">
        <p>
          <strong>{t(locale, 'state.ownMail')}</strong>
        </p>
        <p>{t(locale, 'state.colleagueNote')}</p>
        <button type="button" onClick={() => setOpen(true)}>
          {t(locale, 'state.colleagueAnyway')}
        </button>
      </section>
    </article>
  );
}
