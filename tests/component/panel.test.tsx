// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BuyerProfile,
  PanelState,
  PasteBox,
  QuestionList,
  ReplyTemplates,
  RiskBanner,
  SampleAdvice,
  ScoreGauge,
  SignalList,
  VerdictPanel,
} from '../../components';
import { GENUINE, HOSTILE_TEXT, SCAM, VAGUE } from './fixtures';

afterEach(cleanup);

describe('ScoreGauge', () => {
  it('shows the score and the band in words, in English and Chinese', () => {
    render(<ScoreGauge score={82} band="high" risk={false} locale="en" />);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('82');
    expect(screen.getByText('Likely a real buyer')).toBeTruthy();
    cleanup();
    render(<ScoreGauge score={12} band="low" risk={false} locale="zh-CN" />);
    expect(screen.getByText('不太可能是买家')).toBeTruthy();
    expect(screen.getByText('分（满分 100）')).toBeTruthy();
    cleanup();
    // A risky mail is named as a risk, not as an unlikely buyer, and the cap note fits any score under it.
    render(<ScoreGauge score={12} band="low" risk locale="zh-CN" />);
    expect(screen.getByText('有诈骗或钓鱼风险')).toBeTruthy();
    expect(screen.queryByText('不太可能是买家')).toBeNull();
    expect(screen.getByText(/最高只能到 25/)).toBeTruthy();
  });
});

describe('RiskBanner', () => {
  it('appears only with scam signals and lists their evidence', () => {
    const { container } = render(<RiskBanner signals={GENUINE.signals} locale="en" />);
    expect(container.textContent).toBe('');
    render(<RiskBanner signals={SCAM.signals} locale="en" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/link shows one address but goes to another/);
    expect(alert.textContent).toMatch(/hxxp:\/\/order-view\.top/);
  });
});

describe('SignalList', () => {
  it('explains every point: baseline, signed counted weights, evidence', () => {
    render(<SignalList signals={GENUINE.signals} baseline={GENUINE.baseline} score={GENUINE.score} risk={false} locale="en" />);
    expect(screen.getByText(/Starting point/).textContent).toContain('30');
    const model = document.querySelector('[data-signal="product.model"]')!;
    expect(model.textContent).toContain('+10');
    expect(model.textContent).toContain('LX-T8-1200-18W');
    const shown = [...document.querySelectorAll('[data-signal]')].length;
    expect(shown).toBe(GENUINE.signals.filter((s) => s.id !== 'meta.language').length);
  });

  it('sums the points and says what the sum means, in the same number the gauge shows', () => {
    render(<VerdictPanel analysis={GENUINE} inquiry={{ subject: 'RFQ', from: 'Mark', source: 'paste' }} locale="en" />);
    const sum = GENUINE.baseline + GENUINE.signals.reduce((a, s) => a + s.counted, 0);
    const line = document.querySelector('.il-points')!;
    expect(line.textContent).toContain(`Evidence points: ${Math.min(100, sum)}`);
    expect(line.textContent).toContain(`about ${GENUINE.score} in 100 were real buyers`);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe(String(GENUINE.score));
    cleanup();
    // A flagged mail: the points are shown, the cap is explained once, by the gauge.
    render(<VerdictPanel analysis={SCAM} inquiry={{ subject: 'Order', from: 'X', source: 'paste' }} locale="zh-CN" />);
    expect(document.querySelector('.il-points')!.textContent).toMatch(/^证据分：\d+/);
    expect(document.querySelector('.il-points')!.textContent).not.toContain('真实买家');
    expect(screen.getAllByText(/最高只能到 25/)).toHaveLength(1);
  });

  it('says when a group cap cut a weight', () => {
    const capped = GENUINE.signals.map((s, i) => (i === 0 ? { ...s, counted: 4, weight: 12 } : s));
    render(<SignalList signals={capped} baseline={30} score={50} risk={false} locale="en" />);
    expect(screen.getByText(/Only \+4 of \+12 counted: evidence of this kind already reached its limit/)).toBeTruthy();
  });

  it('translates the reasons into Chinese', () => {
    render(<SignalList signals={VAGUE.signals} baseline={30} score={50} risk={false} locale="zh-CN" />);
    expect(screen.getByText('使用免费邮箱发信；真正的公司买家一般用公司邮箱。')).toBeTruthy();
  });
});

describe('QuestionList', () => {
  it('shows answered questions with evidence and open ones', () => {
    render(<QuestionList questions={GENUINE.questions} locale="en" />);
    const answered = GENUINE.questions.filter((q) => q.answered).length;
    expect(screen.getByText(`${answered} of 6 answered`)).toBeTruthy();
    expect(document.querySelectorAll('.il-open')).toHaveLength(6 - answered);
    expect(screen.getByText('Company website?').parentElement!.textContent).toContain('harborline-electric.example');
  });
});

describe('SampleAdvice', () => {
  it('states the advice and its reasons in both languages', () => {
    render(<SampleAdvice sample={GENUINE.sample} locale="en" />);
    expect(screen.getByText('Send samples at the buyer’s cost')).toBeTruthy();
    expect(screen.getByText(/^The buyer offers to pay: “.+”\.$/)).toBeTruthy();
    cleanup();
    render(<SampleAdvice sample={VAGUE.sample} locale="zh-CN" />);
    expect(screen.getByText('先报价，暂不寄样')).toBeTruthy();
  });
});

describe('BuyerProfile', () => {
  it('shows role with its evidence, region and country', () => {
    render(<BuyerProfile profile={GENUINE.profile} language={GENUINE.language} locale="en" />);
    expect(screen.getByText('Trader (wholesaler, importer, distributor)')).toBeTruthy();
    expect(screen.getByText(/North America · United States/)).toBeTruthy();
  });
});

describe('ReplyTemplates', () => {
  it('starts with the recommended reply, switches kind, and copies the exact text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ReplyTemplates replies={GENUINE.replies} locale="en" />);
    const box = screen.getByRole('textbox') as HTMLTextAreaElement;
    const recommended = GENUINE.replies.find((r) => r.recommended)!;
    expect(box.value).toBe(recommended.body);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'decline' } });
    const decline = GENUINE.replies.find((r) => r.kind === 'decline')!;
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(decline.body);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(`${decline.subject}\n\n${decline.body}`));
    expect(await screen.findAllByText('Copied')).not.toHaveLength(0);
  });

  it('offers "insert into reply" only where the site allows it', () => {
    render(<ReplyTemplates replies={GENUINE.replies} locale="en" />);
    expect(screen.queryByRole('button', { name: 'Insert into reply' })).toBeNull();
    cleanup();
    const onInsert = vi.fn();
    render(<ReplyTemplates replies={GENUINE.replies} locale="en" onInsert={onInsert} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert into reply' }));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ recommended: true }));
  });

  it('falls back to the page-provided copy when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    const onCopy = vi.fn();
    render(<ReplyTemplates replies={VAGUE.replies} locale="en" onCopy={onCopy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await vi.waitFor(() => expect(onCopy).toHaveBeenCalled());
  });
});

describe('PanelState and PasteBox', () => {
  it('renders every state with its translated message and the fallbacks', () => {
    for (const [status, text] of [
      ['no-inquiry', 'Open an inquiry to see the verdict.'],
      ['unsupported', 'This page is not a supported mail or message center.'],
      ['unrecognised', 'The page layout was not recognised, so nothing was read.'],
      ['analyzing', 'Analysing…'],
      ['error', 'Something went wrong: the inquiry could not be judged.'],
    ] as const) {
      render(<PanelState status={status} locale="en" code="malformed" />);
      expect(screen.getByText(text)).toBeTruthy();
      cleanup();
    }
    const onAnalyzePage = vi.fn();
    render(<PanelState status="unrecognised" locale="zh-CN" onAnalyzePage={onAnalyzePage} />);
    fireEvent.click(screen.getByRole('button', { name: '分析此页面' }));
    expect(onAnalyzePage).toHaveBeenCalled();
  });

  it('refuses an empty paste and hands over a 200 KB paste whole', () => {
    const onAnalyze = vi.fn();
    render(<PasteBox locale="en" onAnalyze={onAnalyze} />);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(screen.getByRole('alert').textContent).toBe('Paste some text first.');
    const big = 'x'.repeat(200_000);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: big } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse' }));
    expect(onAnalyze).toHaveBeenCalledWith(big);
  });
});

describe('VerdictPanel with hostile content', () => {
  it('shows HTML and script from the mail as text, never as markup', () => {
    const { container } = render(
      <VerdictPanel analysis={SCAM} inquiry={{ subject: `New order ${HOSTILE_TEXT}`, from: HOSTILE_TEXT, source: 'paste' }} locale="en" />,
    );
    expect(container.textContent).toContain(HOSTILE_TEXT);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(within(container).getByRole('alert')).toBeTruthy();
    expect(container.querySelector('[data-risk="yes"]')).toBeTruthy();
  });

  it('renders a 200 KB body and keeps the copy button reachable by keyboard', () => {
    const body = 'line of a very long thread\n'.repeat(8000);
    const big = { ...GENUINE, replies: GENUINE.replies.map((r) => ({ ...r, body })) };
    render(<VerdictPanel analysis={big} inquiry={{ subject: 'big', from: 'x', source: 'paste' }} locale="en" />);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value.length).toBe(body.length);
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect(copy.tagName).toBe('BUTTON');
    copy.focus();
    expect(document.activeElement).toBe(copy);
  });
});

describe('message centres', () => {
  it('says a message centre was read by a best-effort reader, in English and Chinese, and says nothing for Gmail', () => {
    render(<VerdictPanel analysis={GENUINE} inquiry={{ subject: 'RFQ', from: 'Mark', source: 'alibaba' }} locale="en" />);
    expect(screen.getByText(/best-effort reader/)).toBeTruthy();
    cleanup();
    render(<VerdictPanel analysis={GENUINE} inquiry={{ subject: 'RFQ', from: 'Mark', source: 'global-sources' }} locale="zh-CN" />);
    expect(screen.getByText(/尽力而为的读取器/)).toBeTruthy();
    cleanup();
    render(<VerdictPanel analysis={GENUINE} inquiry={{ subject: 'RFQ', from: 'Mark', source: 'gmail' }} locale="en" />);
    expect(screen.queryByText(/best-effort/)).toBeNull();
  });
});
