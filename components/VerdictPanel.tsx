import type { Analysis, Reply } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { BuyerProfile } from './BuyerProfile';
import { QuestionList } from './QuestionList';
import { ReplyTemplates } from './ReplyTemplates';
import { RiskBanner } from './RiskBanner';
import { SampleAdvice } from './SampleAdvice';
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

/** The whole verdict for one inquiry, most decisive first: risk, score, samples, questions, reply, evidence. */
export function VerdictPanel({ analysis: a, inquiry, locale, onCopy, onInsert }: VerdictPanelProps) {
  return (
    <article className="il-verdict" data-band={a.band} data-risk={a.risk ? 'yes' : 'no'} data-advice={a.sample.advice}>
      <header className="il-inquiry">
        <h1 className="il-subject">{inquiry.subject || '\u2014'}</h1>
        <p className="il-from">{inquiry.from}</p>
      </header>
      {a.ownMail ? <p className="il-note">{t(locale, 'state.ownMail')}</p> : null}
      {a.partial ? <p className="il-note">{t(locale, 'state.partial')}</p> : null}
      {a.truncated ? <p className="il-note">{t(locale, 'state.truncated')}</p> : null}
      <RiskBanner signals={a.signals} locale={locale} />
      <ScoreGauge score={a.score} band={a.band} risk={a.risk} locale={locale} />
      <SampleAdvice sample={a.sample} locale={locale} />
      <QuestionList questions={a.questions} locale={locale} />
      <BuyerProfile profile={a.profile} language={a.language} locale={locale} />
      <ReplyTemplates replies={a.replies} locale={locale} {...(onCopy ? { onCopy } : {})} {...(onInsert ? { onInsert } : {})} />
      <SignalList signals={a.signals} baseline={a.baseline} locale={locale} />
    </article>
  );
}
