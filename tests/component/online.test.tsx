// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnlineCheck } from '../../components/OnlineCheck';
import { OnlineChecksSection } from '../../components/OnlineChecksSection';
import type { ScoredHit } from '../../lib/analysis';
import type { OnlineCheckResult, OnlinePlan } from '../../lib/online/messages';

afterEach(cleanup);

const PLAN: OnlinePlan = {
  enabled: true,
  domains: ['ferreterianorte.com.mx'],
  origins: ['https://www.ferreterianorte.com.mx/*', 'https://rdap.example/*', 'https://cloudflare-dns.com/*'],
};
const FOUND: ScoredHit[] = [
  {
    id: 'online.site-names-company',
    weight: 8,
    counted: 8,
    kind: 'positive',
    group: 'online',
    evidence: 'www.ferreterianorte.com.mx is live, titled ‘Ferretería Norte’, names the company \u00b7 checked 2026-11-20',
  },
  {
    id: 'online.domain-young',
    weight: -12,
    counted: -12,
    kind: 'negative',
    group: 'online',
    evidence: 'young.example was registered 23 days ago, on 2026-10-28 \u00b7 checked 2026-11-20',
  },
];

function setup(over: { plan?: OnlinePlan | null; granted?: boolean; result?: OnlineCheckResult | null; signals?: ScoredHit[]; locale?: 'en' | 'zh-CN' } = {}) {
  const calls: string[] = [];
  const requestHosts = vi.fn((origins: string[]) => {
    calls.push(`request:${origins.length}`);
    return Promise.resolve(over.granted ?? true);
  });
  const check = vi.fn(() => {
    calls.push('check');
    return Promise.resolve(
      over.result === undefined
        ? ({ status: 'checked', checkedAt: Date.UTC(2026, 10, 20, 9, 30), cached: [], failures: [] } as OnlineCheckResult)
        : over.result,
    );
  });
  render(
    <OnlineCheck
      locale={over.locale ?? 'en'}
      signals={over.signals ?? []}
      verdictAt={1}
      loadPlan={() => Promise.resolve(over.plan === undefined ? PLAN : over.plan)}
      requestHosts={requestHosts}
      check={check}
    />,
  );
  return { requestHosts, check, calls };
}

describe('Check online in the panel', () => {
  it('shows nothing at all while the option is off', async () => {
    setup({ plan: { enabled: false, domains: [], origins: [] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: 'Check online' })).toBeNull();
    expect(screen.queryByText(/Sends only/)).toBeNull();
  });

  it('says exactly what leaves the browser, asks for the hosts inside the click, then checks', async () => {
    const { requestHosts, calls } = setup();
    expect((await screen.findByText(/^Sends only/)).textContent).toBe(
      'Sends only the domain names ferreterianorte.com.mx, never the mail, to: www.ferreterianorte.com.mx, rdap.example, cloudflare-dns.com.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check online' }));
    // The permission request happens in the click itself, before anything is awaited.
    expect(requestHosts).toHaveBeenCalledWith(PLAN.origins);
    expect(calls).toEqual(['request:3']);
    expect(await screen.findByText(/^Checked /)).toBeTruthy();
    expect(calls).toEqual(['request:3', 'check']);
  });

  it('a refused permission sends nothing and says so', async () => {
    const { check } = setup({ granted: false });
    fireEvent.click(await screen.findByRole('button', { name: 'Check online' }));
    expect(await screen.findByText('The browser was not allowed to reach these hosts: nothing was sent and nothing changed.')).toBeTruthy();
    expect(check).not.toHaveBeenCalled();
  });

  it('lists what could not be checked, and that it counted nothing', async () => {
    setup({ result: { status: 'checked', checkedAt: 0, cached: [], failures: [{ domain: 'acme.example', check: 'site', reason: 'timeout' }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Check online' }));
    expect(await screen.findByText('Could not check the website of acme.example: no answer in time. Nothing was counted for it.')).toBeTruthy();
  });

  it('lists the online findings with their points and when they were checked, in Chinese too', async () => {
    setup({ signals: FOUND });
    const list = await screen.findByRole('list', { name: 'Found online' });
    expect(list.textContent).toContain('+8');
    expect(list.textContent).toContain('names the company \u00b7 checked 2026-11-20');
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
    cleanup();
    setup({ signals: FOUND, locale: 'zh-CN' });
    const zh = await screen.findByRole('list', { name: '在线核查结果' });
    expect(zh.textContent).toContain('www.ferreterianorte.com.mx 可以访问，标题为 ‘Ferretería Norte’，提到了该公司 · 查询于 2026-11-20');
    expect(zh.textContent).toContain('young.example 注册于 23 天前，日期 2026-10-28 · 查询于 2026-11-20');
    expect(screen.getByText(/^只发送域名 ferreterianorte\.com\.mx，绝不发送邮件内容/)).toBeTruthy();
  });

  it('is reached with the keyboard: the button is a real button', async () => {
    setup();
    const button = await screen.findByRole('button', { name: 'Check online' });
    button.focus();
    expect(document.activeElement).toBe(button);
  });
});

describe('the options switch', () => {
  it('is off by default and saves at once when turned on', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<OnlineChecksSection value={false} locale="en" onSave={onSave} />);
    const box = screen.getByLabelText('Check websites and domains online') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByText(/Only domain names leave the browser, never the mail/)).toBeTruthy();
    fireEvent.click(box);
    expect(onSave).toHaveBeenCalledWith(true);
    expect(await screen.findByText('Saved.', { exact: false })).toBeTruthy();
  });

  it('says when it could not be saved, and shows the switch as it is stored', async () => {
    render(<OnlineChecksSection value={false} locale="zh-CN" onSave={() => Promise.reject(new Error('disk full'))} />);
    const box = screen.getByLabelText('在线核查网站和域名') as HTMLInputElement;
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    expect(box.checked).toBe(false);
  });
});
