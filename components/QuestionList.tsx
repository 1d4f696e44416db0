import type { QuestionResult } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { Evidence, shownEvidence } from './SignalList';

/** The six qualifying questions, answered with evidence or still open. */
export function QuestionList({ questions, locale }: { questions: readonly QuestionResult[]; locale: Locale }) {
  const answered = questions.filter((q) => q.answered).length;
  return (
    <section className="il-questions" aria-labelledby="il-questions-h">
      <h2 id="il-questions-h">
        {t(locale, 'section.questions')} <small>{t(locale, 'question.summary', { answered })}</small>
      </h2>
      <ul>
        {questions.map((q) => (
          <li key={q.id} className={q.answered ? 'il-answered' : 'il-open'}>
            <span aria-hidden="true">{q.answered ? '\u2713' : '\u25cb'}</span>
            <span className="il-sr">{t(locale, q.answered ? 'question.answered' : 'question.open')}: </span>
            <span>{t(locale, `question.${q.id}`)}</span>
            {/* Answers come from what the buyer wrote or from positive signals: their own website reads as written. */}
            {q.evidence ? <Evidence text={shownEvidence(q.evidence, 'positive', locale)} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
