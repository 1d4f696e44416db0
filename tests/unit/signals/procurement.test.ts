/** Formal procurement (RFP, RFQ, bid solicitation, tender) as a buyer's evidence. Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { procurementReference, requestSignal } from '../../../lib/signals/request';
import { ids, makeCtx } from './ctx';

const UTILITY = { name: 'Hana Willmer', address: 'h.willmer@prairie-power.example' };
const run = (input: Parameters<typeof makeCtx>[0]) => ids(requestSignal.run(makeCtx({ from: UTILITY, ...input })));

describe('a buyer’s own procurement', () => {
  it('credits an RFP or RFQ named, numbered, dated or attached, in several languages', () => {
    const cases: Array<Parameters<typeof makeCtx>[0]> = [
      { subject: 'Cedar Ridge RFP', body: 'Thanks for your response. We are still scoping the project and would welcome indicative quotes.' },
      { subject: 'RE: RFP - Lakeshore Gas', body: 'We would like to propose the following prices for the volumes described.' },
      { subject: 'Clarifications', body: 'Please find below our answers regarding RFQ 14886 for the transformer station.' },
      { subject: 'Bid', body: 'Please see the attached bid solicitation, which is due Friday, May 3 by noon.' },
      { subject: 'November Bid Request', body: ' - BIDREQ11.doc' },
      { subject: 'Ausschreibung: Klinikum Nord', body: 'Anbei die Unterlagen zur Ausschreibung.' },
      { subject: 'Licitación 2025/118', body: 'Adjuntamos las bases de la licitación 2025/118 para suministro de bombas.' },
      {
        subject: '招标文件',
        body: '附件是本次招标文件，截止日期为下周五。',
        attachments: [{ name: '招标文件.pdf', mimeType: 'application/pdf', size: 120_000 }],
      },
    ];
    for (const c of cases) expect(run(c), `${c.subject} / ${c.body}`).toContain('request.procurement');
  });
  it('says what it found: the project name, the number or the deadline', () => {
    expect(procurementReference(makeCtx({ from: UTILITY, subject: 'Cedar Ridge RFP', body: 'See attached.' }))).toBe('Cedar Ridge RFP');
    expect(procurementReference(makeCtx({ from: UTILITY, subject: 'Question', body: 'About RFQ no. 2024-118: is the lead time firm?' }))).toMatch(
      /^RFQ no\. 2024-118/,
    );
  });
  it('gives nothing for a bare or generic mention, a free mailbox or a mailing', () => {
    expect(run({ subject: 'New RFQ', body: 'Kindly send us your best offer for our RFQ.' })).not.toContain('request.procurement');
    expect(run({ subject: 'Our RFP', body: 'We will send an RFP soon.' })).not.toContain('request.procurement');
    expect(
      ids(requestSignal.run(makeCtx({ from: { name: 'J', address: 'buyer.rfq2025@gmail.com' }, subject: 'Cedar Ridge RFP', body: 'See attached.' }))),
    ).not.toContain('request.procurement');
    expect(run({ subject: 'Cedar Ridge RFP', body: 'Our newsletter.\n\nTo unsubscribe from this list click here.' })).not.toContain('request.procurement');
  });
});
