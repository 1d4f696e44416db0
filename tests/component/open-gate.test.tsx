// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenGate } from '../../components/OpenGate';
import { HistoryPage, HistoryUnavailable } from '../../components/history';
import { analyze } from '../../lib/analyze';
import { recordFrom } from '../../lib/history/build';
import { HistoryDb, HistoryDbV1 } from '../../lib/history/db';
import { localHistoryStore } from '../../lib/history/store';
import { t } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n';
import { makeInquiry } from '../../lib/inquiry';

const names: string[] = [];
afterEach(async () => {
  cleanup();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** A history as version 1 left it, and an old tab still holding it open. */
async function v1HeldByOldTab(subject: string): Promise<{ name: string; old: IDBDatabase }> {
  const name = `gate-${Math.random()}`;
  names.push(name);
  const v1 = new HistoryDbV1(name);
  const inquiry = makeInquiry({
    source: 'gmail',
    id: 'm1',
    from: { name: 'Laura', address: 'laura@arcotherm.example' },
    subject,
    body: 'Please quote 40 units of HP-12, CIF Genoa.',
  });
  const { companyKey: _c, updatedAt: _u, chunk: _k, ...record } = { ...recordFrom(inquiry, analyze(inquiry), Date.now()), outcome: 'quoted' as const };
  await v1.inquiries.put(record);
  v1.close();
  const old = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 10);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  // An old build's tab that does not close when asked.
  old.onversionchange = () => undefined;
  return { name, old };
}

function page(db: HistoryDb, locale: Locale) {
  return (
    <OpenGate
      db={db}
      waiting={(s) => (
        <HistoryUnavailable
          locale={locale}
          message={
            s.status === 'opening'
              ? t(locale, 'history.loadingPage')
              : s.status === 'blocked'
                ? t(locale, 'store.blocked')
                : t(locale, `store.${s.problem}`, { detail: s.detail })
          }
          busy={s.status === 'opening'}
        />
      )}
    >
      <HistoryPage store={localHistoryStore(db)} locale={locale} retentionDays={0} onSaveRetention={async () => undefined} />
    </OpenGate>
  );
}

describe('opening the history', () => {
  it('says an old tab blocks the upgrade, then shows the upgraded history with nothing lost once it closes', async () => {
    const { name, old } = await v1HeldByOldTab('RFQ heat pumps for Genoa');
    const db = new HistoryDb(name);
    render(page(db, 'zh-CN'));
    expect((await screen.findByRole('alert')).textContent).toBe(t('zh-CN', 'store.blocked'));
    old.close();
    const row = await screen.findByText('RFQ heat pumps for Genoa', {}, { timeout: 5000 });
    expect(row.closest('.il-history-row')?.textContent).toContain(t('zh-CN', 'record.quoted'));
    db.close();
  });

  it('explains a history the browser cannot open instead of showing a blank page', async () => {
    // Chromium's answer when its database files are damaged: the open request fails with UnknownError.
    const failing = {
      open() {
        const req: { error?: DOMException; onerror?: (e: object) => void } = {};
        setTimeout(() => {
          req.error = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
          req.onerror?.({ target: req, type: 'error', preventDefault() {}, stopPropagation() {} });
        });
        return req;
      },
      cmp: indexedDB.cmp.bind(indexedDB),
      deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB),
    } as unknown as IDBFactory;
    const db = new HistoryDb(`gate-broken-${Math.random()}`, { indexedDB: failing, IDBKeyRange });
    render(page(db, 'en'));
    expect((await screen.findByRole('alert')).textContent).toBe(t('en', 'store.upgrade-failed'));
  });
});
