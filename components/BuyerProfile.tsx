import type { BuyerProfile as Profile } from '../lib/analysis';
import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { Evidence, shownEvidence } from './SignalList';

const LANGUAGE_NAMES = (locale: Locale, code: string): string => {
  try {
    return code === 'und' ? '?' : (new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code);
  } catch {
    return code;
  }
};

const COUNTRY_NAME = (locale: Locale, code: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** Who the buyer is, so the reply fits: role, region, stage, size, source, language. */
export function BuyerProfile({ profile, language, locale }: { profile: Profile; language: string; locale: Locale }) {
  const rows: Array<[string, string, string | undefined]> = [
    [t(locale, 'profile.role'), t(locale, `role.${profile.role}`), profile.roleEvidence],
    [
      t(locale, 'profile.region'),
      `${t(locale, `region.${profile.region}`)}${profile.country ? ` \u00b7 ${COUNTRY_NAME(locale, profile.country)}` : ''}`,
      profile.countryEvidence,
    ],
    [t(locale, 'profile.stage'), t(locale, `stage.${profile.stage}`), undefined],
    [t(locale, 'profile.size'), t(locale, `size.${profile.size}`), profile.sizeEvidence],
    [t(locale, 'profile.channel'), t(locale, `channel.${profile.channel}`), undefined],
    [t(locale, 'profile.language'), LANGUAGE_NAMES(locale, language), undefined],
  ];
  return (
    <section className="il-profile" aria-labelledby="il-profile-h">
      <h2 id="il-profile-h">{t(locale, 'section.profile')}</h2>
      <dl>
        {rows.map(([k, v, ev]) => (
          <div key={k} className="il-profile-row">
            <dt>{k}</dt>
            <dd>
              {v}
              {ev ? <Evidence text={shownEvidence(ev, 'info', locale)} /> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
