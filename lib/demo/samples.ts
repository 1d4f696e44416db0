/**
 * Sample inquiries for the demo inbox and the site fixtures. All companies, people, domains and
 * numbers are invented; the scam imitates the shapes real trade-lure phishing takes.
 */
export interface SampleMessage {
  key: 'genuine' | 'vague' | 'scam';
  id: string;
  fromName: string;
  fromAddress: string;
  subject: string;
  date: string;
  /** Plain text paragraphs; links are written as [text](href). */
  body: string;
  attachments: Array<{ name: string; mime: string }>;
  platform?: { buyerName: string; company: string; country: string; quantity: string; product: string };
}

export const SAMPLES: readonly SampleMessage[] = [
  {
    key: 'genuine',
    id: '18c2f0a9d41e7b35',
    fromName: 'Laura Bianchi',
    fromAddress: 'l.bianchi@arcotherm-impianti.example',
    subject: 'RFQ: heat pump AQ-HP12-3P, 80 units, CIF Genoa',
    date: '2026-11-18T09:12:00Z',
    body: `Dear Sir or Madam,

We are a heating and plumbing distributor in northern Italy (since 1996), supplying about 400 installers.

Please quote:
- AQ-HP12-3P air-to-water heat pump, 12 kW, 400V 3-phase, R32 - 80 units
- AQ-HP08-1P, 8 kW, 230V - 40 units

Terms: CIF Genoa, payment 30% T/T deposit and 70% against copy of B/L. We need CE, ErP and Keymark certificates, and the lead time for the first order. Private label packaging is possible from the second order.

If the price fits, we will buy one sample of each model at our cost.

Best regards,
Laura Bianchi
Purchasing Manager
Arcotherm Impianti S.r.l.
Via dell'Industria 14, 20871 Vimercate (MB), Italy
Tel. +39 039 555 2841
[www.arcotherm-impianti.example](https://www.arcotherm-impianti.example)`,
    attachments: [{ name: 'RFQ-2026-117.pdf', mime: 'application/pdf' }],
  },
  {
    key: 'vague',
    id: '18c2f0b1e9a04c77',
    fromName: 'Global Trading',
    fromAddress: 'globaltrading.best88@gmail.com',
    subject: 'Inquiry',
    date: '2026-11-18T10:40:00Z',
    body: `Dear Sir,

We are interested in your products. Please send us your catalogue and best price list for all items. We have big requirement for our market.

Waiting your quick reply.

Regards
Mr. Khan`,
    attachments: [],
  },
  {
    key: 'scam',
    id: '18c2f0c7aa1d2e90',
    fromName: 'Purchase Department',
    fromAddress: 'purchase.dept.intl@outlook.com',
    subject: 'New Purchase Order PO#88231 - urgent confirmation',
    date: '2026-11-18T11:05:00Z',
    body: `Good day,

Please find attached our new purchase order and product specification. Kindly check and confirm the price within 24 hours, or the order will be given to another supplier.

To view the order, sign in with your email at [www.alibaba.com/order/88231](https://alibaba-orderview.top/login?u=sales)

Best regards,
Procurement Team`,
    attachments: [{ name: 'PO#88231.html', mime: 'text/html' }],
  },
];

/** The body as plain text, links shown by their visible text. */
export function sampleText(s: SampleMessage): string {
  return s.body.replace(/\[([^\]]{1,200})\]\(([^)\s]{1,500})\)/g, '$1');
}
