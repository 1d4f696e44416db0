import { browser } from 'wxt/browser';
import { useCallback, useEffect, useState } from 'react';
import { OutcomeBar, PanelState, PasteBox, VerdictPanel } from '../../components';
import { ColleagueVerdict } from '../../components/VerdictPanel';
import { CaptureShape } from '../../components/CaptureShape';
import { OnlineCheck } from '../../components/OnlineCheck';
import { onlineApi } from '../../lib/online/panel-api';
import type { RecordFields } from '../../components';
import { FirstRunSetup } from '../../components/FirstRunSetup';
import { localeOf } from '../../lib/browser/locale';
import { hasStoredSettings, loadSettings, updateSettings, watchSettings } from '../../lib/browser/settings-store';
import { INQUIRIES_PAGE } from '../../lib/extension/pages';
import { recordKey as recordKeyOf } from '../../lib/history/record';
import { useTabVerdict } from '../../components/useTabVerdict';
import type { InsertResult } from '../../lib/messages';
import type { ShapeResult } from '../../lib/messages';
import { askWorker } from '../../lib/extension/protocol';
import type { Locale } from '../../lib/i18n';
import { resolveLocale, t } from '../../lib/i18n';
import { adapterFor } from '../../lib/sites';

/** Sites whose reply box we can fill safely (an open, editable reply only). */
const INSERTABLE = new Set(['gmail', 'outlook']);

function pinnedTab(): number | undefined {
  const v = new URLSearchParams(location.search).get('tabId');
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

async function activeTab(): Promise<{ id?: number; url?: string }> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return { ...(tab?.id !== undefined ? { id: tab.id } : {}), ...(tab?.url ? { url: tab.url } : {}) };
}

function supported(url?: string): boolean {
  try {
    return Boolean(url && adapterFor(new URL(url)));
  } catch {
    return false;
  }
}

/** Follows the active tab (or the tab given in ?tabId=) and shows its verdict as the background publishes it. */
export function App() {
  const [locale, setLocale] = useState<Locale>(resolveLocale('auto', navigator.language));
  const [tabId, setTabId] = useState<number | undefined>(pinnedTab());
  const [tabUrl, setTabUrl] = useState<string | undefined>();

  // No settings stored yet: the short setup is offered while the panel has no message to show.
  const [firstRun, setFirstRun] = useState(false);
  useEffect(() => {
    void loadSettings().then((s) => setLocale(localeOf(s.settings)));
    void hasStoredSettings().then((stored) => setFirstRun(!stored));
    return watchSettings((s) => {
      setLocale(localeOf(s));
      setFirstRun(false);
    });
  }, []);

  // Follow the active tab unless pinned.
  useEffect(() => {
    const pinned = pinnedTab();
    const refresh = async () => {
      if (pinned !== undefined) {
        const tab = await browser.tabs.get(pinned).catch(() => undefined);
        setTabUrl(tab?.url);
        return;
      }
      const tab = await activeTab();
      setTabId(tab.id);
      setTabUrl(tab.url);
    };
    void refresh();
    const onActivated = () => void refresh();
    // Without the tabs permission a change of address is reported only on the sites we read; a
    // finished load is reported everywhere, so the panel also looks again then.
    const onUpdated = (id: number, info: { url?: string; status?: string }) => {
      if ((info.url || info.status === 'complete') && (pinned === undefined || id === pinned)) void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  const { verdict, paste, analyzePage } = useTabVerdict(tabId, tabUrl);
  const captureShape = useCallback(async (): Promise<ShapeResult> => {
    if (tabId === undefined) return { ok: false, reason: 'unavailable' };
    return (await askWorker({ type: 'capture-shape', tabId })) ?? { ok: false, reason: 'refused' };
  }, [tabId]);

  // The history record of the message on screen, for the rep's outcome, status and stars.
  const recordKey = verdict?.status === 'ready' ? recordKeyOf(verdict.inquiry) : undefined;
  const [record, setRecord] = useState<RecordFields | null | undefined>(undefined);
  useEffect(() => {
    setRecord(undefined);
    if (!recordKey) return;
    let live = true;
    void askWorker({ type: 'get-record', key: recordKey }).then((r) => live && setRecord(r ?? null));
    return () => {
      live = false;
    };
  }, [recordKey, verdict]);
  const updateRecord = useCallback(
    async (update: Partial<RecordFields>) => (recordKey ? ((await askWorker({ type: 'update-record', key: recordKey, update })) ?? null) : null),
    [recordKey],
  );

  // What happened to the last "Insert into reply", said in the panel; cleared with the next message.
  const [inserted, setInserted] = useState<InsertResult | undefined>();
  useEffect(() => setInserted(undefined), [recordKey]);
  const insert = useCallback(
    (text: string) => {
      if (tabId === undefined) return;
      void askWorker({ type: 'insert-reply', tabId, text }).then((r) => setInserted(r ?? { ok: false, reason: 'refused' }));
    },
    [tabId],
  );

  const pasteBox = <PasteBox locale={locale} onAnalyze={paste} />;
  let content;
  if (!verdict || verdict.status === 'unsupported') {
    content = <PanelState status={supported(tabUrl) ? 'no-inquiry' : 'unsupported'} locale={locale} onAnalyzePage={analyzePage} />;
  } else if (verdict.status === 'ready') {
    const onInsert = INSERTABLE.has(verdict.site) && tabId !== undefined ? (r: { subject: string; body: string }) => insert(r.body) : undefined;
    content = (
      <VerdictPanel
        analysis={verdict.analysis}
        inquiry={{
          subject: verdict.inquiry.subject,
          from: [verdict.inquiry.from.name, verdict.inquiry.from.address].filter(Boolean).join(' · '),
          source: verdict.inquiry.source,
        }}
        locale={locale}
        {...(onInsert ? { onInsert } : {})}
      />
    );
    content = (
      <>
        {content}
        {inserted ? (
          <p className={`il-insert-result il-insert-${inserted.reason}`} role={inserted.ok ? 'status' : 'alert'}>
            {t(locale, inserted.ok ? 'reading.inserted' : inserted.reason === 'refused' ? 'reading.refused' : 'reading.noReplyBox')}
          </p>
        ) : null}
        <OutcomeBar locale={locale} current={record} onUpdate={updateRecord} problem={verdict.historyProblem} />
        {tabId !== undefined ? (
          <OnlineCheck key={recordKey} locale={locale} signals={verdict.analysis.signals} verdictAt={verdict.at} {...onlineApi(tabId)} />
        ) : null}
      </>
    );
  } else if (verdict.status === 'colleague') {
    // Not an inquiry: no outcome bar, nothing saved; the verdict only on request.
    content = (
      <ColleagueVerdict
        key={recordKeyOf(verdict.inquiry)}
        analysis={verdict.analysis}
        inquiry={{
          subject: verdict.inquiry.subject,
          from: [verdict.inquiry.from.name, verdict.inquiry.from.address].filter(Boolean).join(' · '),
          source: verdict.inquiry.source,
        }}
        locale={locale}
      />
    );
  } else if (verdict.status === 'no-message') {
    content = <PanelState status="no-inquiry" locale={locale} onAnalyzePage={analyzePage} />;
  } else if (verdict.status === 'unrecognised') {
    content = <PanelState status="unrecognised" locale={locale} code={verdict.code} detail={verdict.selector} onAnalyzePage={analyzePage} />;
  } else if (verdict.status === 'unreadable') {
    content = <PanelState status="unreadable" locale={locale} detail={verdict.reason} onAnalyzePage={analyzePage} />;
  } else if (verdict.status === 'analyzing') {
    content = <PanelState status="analyzing" locale={locale} />;
  } else if (verdict.status === 'error') {
    content = (
      <PanelState status="error" locale={locale} code={verdict.code} detail={verdict.message} onAnalyzePage={analyzePage}>
        {/* Without the tabs permission a page is readable once the rep has invoked InquiryLens on it. */}
        {verdict.code === 'page-blocked' ? <p className="il-hint">{t(locale, 'reading.invokeFirst')}</p> : null}
      </PanelState>
    );
  } else {
    content = <PanelState status="unsupported" locale={locale} onAnalyzePage={analyzePage} />;
  }

  // A censored copy of the page for a bug report: offered on the sites read by themselves, and after a
  // failed read elsewhere, where it can only say that it is unavailable. A new address starts afresh.
  const failed = verdict?.status === 'unrecognised' || verdict?.status === 'unreadable' || verdict?.status === 'error';
  const siteId = supported(tabUrl) ? adapterFor(new URL(tabUrl!))?.id : undefined;
  const capture =
    verdict?.status !== 'analyzing' && (siteId || failed) ? (
      <CaptureShape
        key={`${tabId}|${tabUrl}`}
        locale={locale}
        site={siteId ?? 'page'}
        available={Boolean(siteId)}
        prominent={failed}
        onCapture={captureShape}
      />
    ) : null;

  return (
    <main className="il-app" lang={locale}>
      {firstRun && (!verdict || verdict.status === 'unsupported' || verdict.status === 'no-message') ? (
        <FirstRunSetup locale={locale} onSave={async (patch) => void (await updateSettings(patch))} onSkip={async () => void (await updateSettings({}))} />
      ) : null}
      {content}
      {capture}
      <details className="il-paste-wrap" open={!verdict || (verdict.status !== 'ready' && verdict.status !== 'colleague')}>
        <summary>{t(locale, 'paste.label')}</summary>
        {pasteBox}
      </details>
      <p className="il-history-open-link il-panel-links">
        <button type="button" title={t(locale, 'history.openHint')} onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(INQUIRIES_PAGE) })}>
          {t(locale, 'history.open')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(locale, 'state.settings')}
        </button>
      </p>
    </main>
  );
}
