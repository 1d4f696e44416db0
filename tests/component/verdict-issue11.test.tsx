// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplyTemplates, SampleAdvice, SignalList, VerdictPanel } from '../../components';
import { ColleagueVerdict } from '../../components/VerdictPanel';
import type { Analysis } from '../../lib/analysis';
import { analyze } from '../../lib/analyze';
import { SAMPLES, sampleText } from '../fixtures/demo/samples';
import { judgeRead } from '../../lib/extension/judge';
import { en } from '../../lib/i18n/en';
import type { Inquiry } from '../../lib/inquiry';
import { makeInquiry } from '../../lib/inquiry';
import { adviseSample } from '../../lib/sample';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { fromPaste } from '../../lib/sites/pasted';
import type { SignalId } from '../../lib/weights';
import { WEIGHTS } from '../../lib/weights';
import { KHAN, MARIA } from '../unit/templates/cases';
import { SCAM, VAGUE } from './fixtures';

afterEach(cleanup);

const demo = (key: 'genuine' | 'vague' | 'scam'): Inquiry => {
  const s = SAMPLES.find((x) => x.key === key)!;
  return makeInquiry({
    source: 'gmail',
    id: s.id,
    from: { name: s.fromName, address: s.fromAddress },
    subject: s.subject,
    body: sampleText(s),
    links: [...s.body.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map((m) => ({ text: m[1]!, href: m[2]! })),
    attachments: s.attachments.map((a) => ({ name: a.name, mimeType: a.mime, size: 1000 })),
  });
};
const summary = (i: Inquiry) => ({ subject: i.subject, from: [i.from.name, i.from.address].filter(Boolean).join(' · '), source: i.source });
const shownReply = () => (screen.getByRole('textbox') as HTMLTextAreaElement).value;

describe('replies in the panel greet the buyer by name and never ask again what they gave', () => {
  it('Maria Lopez: "Dear Maria", her DHL account confirmed, no phone, account or company name asked', () => {
    const a = analyze(MARIA);
    render(<ReplyTemplates replies={a.replies} locale="en" />);
    for (const kind of ['sample-terms', 'quotation', 'ask-questions'] as const) {
      fireEvent.change(screen.getByRole('combobox'), { target: { value: kind } });
      const body = shownReply();
      expect(body.startsWith('Dear Maria,'), kind).toBe(true);
      expect(body, kind).not.toMatch(/Dear Purchase|company name|direct phone number|contact phone/i);
    }
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'sample-terms' } });
    expect(shownReply()).toContain('on your DHL account 123456789');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'quotation' } });
    expect(shownReply()).toContain('HT-2210 (2,000 pcs) and HT-3305 (1,500 pcs)');
  });

  it('Mr. Khan (display name "Global Trading"): "Dear Mr. Khan" in every reply', () => {
    const a = analyze(KHAN);
    render(<ReplyTemplates replies={a.replies} locale="en" />);
    for (const r of a.replies) {
      fireEvent.change(screen.getByRole('combobox'), { target: { value: r.kind } });
      expect(shownReply().split('\n')[0]).toBe('Dear Mr. Khan,');
    }
  });
});

describe('the Chinese gloss of a reply', () => {
  it('is shown collapsed under the reply in the Chinese panel, and never copied or inserted', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onInsert = vi.fn();
    const a = analyze(MARIA);
    const { container } = render(<ReplyTemplates replies={a.replies} locale="zh-CN" onInsert={onInsert} />);
    const gloss = container.querySelector('details.il-gloss') as HTMLDetailsElement;
    expect(gloss.open).toBe(false);
    expect(gloss.textContent).toContain('中文对照');
    expect(gloss.textContent).toContain('Maria，您好：');
    fireEvent.click(screen.getByRole('button', { name: '复制' }));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).not.toMatch(/[\u4e00-\u9fff]/);
    fireEvent.click(screen.getByRole('button', { name: '插入回复' }));
    expect(JSON.stringify(onInsert.mock.calls[0]![0].body)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('is not shown in the English panel', () => {
    const { container } = render(<ReplyTemplates replies={analyze(MARIA).replies} locale="en" />);
    expect(container.querySelector('.il-gloss')).toBeNull();
  });
});

describe("a colleague's mail", () => {
  const settings = { ...DEFAULT_SETTINGS, ownDomains: ['ferreteria-norte.es'] };

  it('is not a ready verdict, so the worker neither saves it to history nor shows it scored', () => {
    const v = judgeRead('gmail', { status: 'ok', inquiry: MARIA, via: 'dom' } as never, settings);
    expect(v.status).toBe('colleague');
    expect(judgeRead('gmail', { status: 'ok', inquiry: MARIA, via: 'dom' } as never, DEFAULT_SETTINGS).status).toBe('ready');
  });

  it('shows the banner without score or reply, and the verdict only when the rep asks', () => {
    const v = judgeRead('gmail', { status: 'ok', inquiry: MARIA, via: 'dom' } as never, settings);
    if (v.status !== 'colleague') throw new Error(v.status);
    render(<ColleagueVerdict analysis={v.analysis} inquiry={summary(MARIA)} locale="en" />);
    expect(screen.getByText('From your own domain: a colleague, not an inquiry.')).toBeTruthy();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse it anyway' }));
    expect(screen.getByRole('meter')).toBeTruthy();
    expect(screen.getByText('Analysed on request: not saved to history.')).toBeTruthy();
    // Judged as from an outside sender: a real verdict, not the colleague notice again.
    expect(v.analysis.ownMail).toBe(false);
  });
});

describe('risk and vagueness are different verdicts', () => {
  it('a vague mail reads "Unlikely buyer", a phishing mail reads as a scam risk, with a cap note that fits its number', () => {
    const vague = render(<VerdictPanel analysis={VAGUE} inquiry={{ subject: 'Inquiry', from: 'x', source: 'gmail' }} locale="en" />);
    const vagueGauge = vague.container.querySelector('.il-gauge')!;
    expect(vagueGauge.textContent).toContain('Unlikely buyer');
    expect(vagueGauge.textContent).not.toMatch(/scam|capped/i);
    cleanup();
    const scam = render(<VerdictPanel analysis={SCAM} inquiry={{ subject: 'New order', from: 'x', source: 'gmail' }} locale="en" />);
    const gauge = scam.container.querySelector('.il-gauge')!;
    expect(gauge.getAttribute('data-verdict')).toBe('risk');
    expect(gauge.textContent).toContain('Scam or phishing risk');
    expect(gauge.textContent).not.toContain('Unlikely buyer');
    expect(SCAM.score).toBeLessThanOrEqual(25);
    expect(gauge.textContent).toContain('at 25 or below');
    expect(gauge.textContent).not.toMatch(/capped at 25/i);
  });
});

describe('evidence reads plainly', () => {
  const genuine = analyze(demo('genuine'));
  const scam = analyze(demo('scam'));

  it("shows the buyer's own website as written and only suspicious links defanged", () => {
    const { container } = render(<VerdictPanel analysis={genuine} inquiry={summary(demo('genuine'))} locale="en" />);
    expect(container.textContent).not.toContain('hxxp');
    expect(container.textContent).toContain('arcotherm-impianti.example');
    cleanup();
    const s = render(<VerdictPanel analysis={scam} inquiry={summary(demo('scam'))} locale="en" />);
    expect(s.container.textContent).toContain('hxxps://alibaba-orderview.top');
    expect(s.container.textContent).not.toContain('https://alibaba-orderview.top');
  });

  it('never doubles quotation marks and never runs a weight into its text', () => {
    for (const a of [genuine, scam, VAGUE]) {
      const { container } = render(<VerdictPanel analysis={a} inquiry={{ subject: 's', from: 'f', source: 'gmail' }} locale="en" />);
      for (const q of container.querySelectorAll('q')) expect(q.textContent).not.toMatch(/["“”]/);
      for (const li of container.querySelectorAll('[data-signal]')) expect(li.textContent).toMatch(/^(?:[+\u2212]\d+|0) \S/);
      cleanup();
    }
  });

  it('says in plain words when a capped group did not count a signal', () => {
    const hits = genuine.signals.map((s, i) => (i === 0 ? { ...s, counted: 0, weight: 3 } : i === 1 ? { ...s, counted: 4, weight: 12 } : s));
    const { container } = render(<SignalList signals={hits} baseline={30} score={50} risk={false} locale="en" />);
    expect(container.textContent).not.toMatch(/counted 0 of/);
    expect(container.textContent).toContain('Not counted: evidence of this kind already reached its limit.');
    expect(container.textContent).toContain('Only +4 of +12 counted');
  });

  it('"Specifies packaging" needs packaging, not the word "label" alone', () => {
    const mail = (body: string) =>
      analyze(makeInquiry({ source: 'paste', id: body.slice(0, 10), from: { name: 'A', address: 'a@b-c.example' }, subject: 'RFQ', body }));
    const labelOnly = mail('Please quote 500 pcs of LX-100 with the label as on our sample.');
    render(<SignalList signals={labelOnly.signals} baseline={30} score={50} risk={false} locale="en" />);
    expect(screen.queryByText(WEIGHTS['trade.packaging'].why)).toBeNull();
    cleanup();
    const carton = mail('Please quote 500 pcs of LX-100 with our barcode labels on each carton.');
    render(<SignalList signals={carton.signals} baseline={30} score={50} risk={false} locale="en" />);
    expect(screen.getByText(WEIGHTS['trade.packaging'].why)).toBeTruthy();
  });
});

describe('sample advice says what it rests on', () => {
  const hits = (ids: SignalId[]) =>
    ids.map((id) => ({ id, weight: WEIGHTS[id].weight, counted: WEIGHTS[id].weight, evidence: id, kind: WEIGHTS[id].kind, group: WEIGHTS[id].group }));
  const free = adviseSample({
    hits: hits(['product.model', 'trade.incoterm', 'website.present', 'domain.match']),
    text: 'Please send 2 pcs for testing.',
    risk: false,
    score: 95,
    existingCustomer: false,
    policy: DEFAULT_SETTINGS.samplePolicy,
  });

  it('never calls a sample cheap when the price is unknown, and quotes what it saw, in both languages', () => {
    expect(free.advice).toBe('send-free');
    render(<SampleAdvice sample={free} locale="en" />);
    const en = screen.getByRole('region', { name: 'Samples' }).textContent!;
    expect(en).not.toMatch(/small, cheap/);
    expect(en).toContain('“2 pcs for testing”');
    expect(en).toContain('score 95');
    expect(en).toContain('The price is not known here');
    cleanup();
    render(<SampleAdvice sample={free} locale="zh-CN" />);
    const zh = screen.getByRole('region', { name: '寄样' }).textContent!;
    expect(zh).toContain('“2 pcs for testing”');
    expect(zh).toContain('看不出价格');
  });
});

describe('pasted text', () => {
  const text =
    'Hinges HT-2210 and HT-3305\n\nMaria Lopez <maria@ferreteria-norte.es>\n10:42 AM (2 hours ago)\nto me\n\nHello, this is Maria Lopez. Please quote 2,000 pcs of HT-2210.\n\nBest regards,\nMaria Lopez';

  it('takes the sender and the subject from the text, and shows "Pasted text" as the source', () => {
    const inquiry = fromPaste(text);
    expect(inquiry.from).toEqual({ name: 'Maria Lopez', address: 'maria@ferreteria-norte.es' });
    expect(inquiry.subject).toBe('Hinges HT-2210 and HT-3305');
    render(<VerdictPanel analysis={analyze(inquiry)} inquiry={summary(inquiry)} locale="en" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hinges HT-2210 and HT-3305');
    expect(screen.getByText('Pasted text')).toBeTruthy();
  });

  it('finds the writer in a bare text, and is headed by its source rather than a dash', () => {
    const inquiry = fromPaste('Hello, this is Maria Lopez. Please quote 2,000 pcs of HT-2210.\n\nBest regards,\nMaria Lopez\nmaria@ferreteria-norte.es');
    expect(inquiry.from).toEqual({ name: 'Maria Lopez', address: 'maria@ferreteria-norte.es' });
    render(<VerdictPanel analysis={analyze(inquiry)} inquiry={summary(inquiry)} locale="zh-CN" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('粘贴的文本');
    expect(document.body.textContent).not.toContain('\u2014');
  });
});

describe('one spelling', () => {
  it('the English catalog says "Analyse", never "Analyze"', () => {
    const all = JSON.stringify(en);
    expect(all).toMatch(/Analyse/);
    expect(all).not.toMatch(/Analyz/);
  });
});

/** Every English sentence the panel could show that is not mail text: the catalog, the signal reasons, generated evidence. */
function englishCatalog(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v.replace(/\{\w+\}.*$/s, '').trim());
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(en);
  for (const w of Object.values(WEIGHTS)) out.push(w.why);
  out.push(
    'No company website',
    'No signature with company',
    'No model, part number',
    'company domain',
    'is one of your own domains',
    'free mailbox',
    'imitates',
    'file type used for phishing',
    'to open as',
  );
  // Short labels ("Gmail", "Copy") may equal a brand or a word of the mail itself: only sentences count.
  return out.filter((s) => s.length >= 12);
}

describe('the Chinese panel has no English left for the demo mails', () => {
  const colleague = judgeRead('gmail', { status: 'ok', inquiry: MARIA, via: 'dom' } as never, { ...DEFAULT_SETTINGS, ownDomains: ['ferreteria-norte.es'] });
  const cases: Array<[string, Inquiry, Analysis]> = [
    ['genuine', demo('genuine'), analyze(demo('genuine'))],
    ['vague', demo('vague'), analyze(demo('vague'))],
    ['scam', demo('scam'), analyze(demo('scam'))],
    ['short', KHAN, analyze(makeInquiry({ source: 'paste', id: 'short', from: { name: '', address: 'x@gmail.com' }, subject: '', body: 'price list please' }))],
  ];
  if (colleague.status === 'colleague') cases.push(['colleague', MARIA, colleague.analysis]);

  for (const [name, inquiry, a] of cases) {
    it(`${name}: no English sentence from the catalogs, evidence translated, "分（满分 100）"`, () => {
      const { container } = render(<VerdictPanel analysis={a} inquiry={summary(inquiry)} locale="zh-CN" />);
      // What is the buyer's (subject, sender, the reply to send, quotes from the mail) stays as written.
      for (const el of container.querySelectorAll('.il-inquiry, textarea, .il-reply-subject')) el.remove();
      const text = container.textContent!;
      for (const s of englishCatalog()) expect(text, `${name}: "${s}"`).not.toContain(s);
      expect(text).not.toMatch(/\d+ 满分 100/);
      expect(text).toContain('分（满分 100）');
    });
  }

  it('colleague notice in Chinese', () => {
    if (colleague.status !== 'colleague') throw new Error(colleague.status);
    render(<ColleagueVerdict analysis={colleague.analysis} inquiry={summary(MARIA)} locale="zh-CN" />);
    expect(screen.getByRole('button', { name: '仍然分析' })).toBeTruthy();
    expect(screen.getByText('不评分、不生成回复、不存入历史记录。')).toBeTruthy();
  });
});
