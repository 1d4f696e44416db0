import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis';
import { makeInquiry } from '../../lib/inquiry';

/** Real analyses from the analyzer, so the panel is tested on what it will actually show. */
export const GENUINE: Analysis = analyze(
  makeInquiry({
    source: 'paste',
    id: 'g',
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    subject: 'RFQ LED tubes',
    body: 'We are an electrical distributor. Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We will pay for 2 samples.\n\nBest regards,\nMark Delaney\nProduct Manager\nHarborline Electric Supply, Inc.\n2250 Commerce Park Dr, Toledo, OH 43612, USA\nTel: +1 419 555 0182\nwww.harborline-electric.example',
  }),
);

/** The mass mailer's note, as the history and statistics tests store it under their own source and id. */
export const VAGUE_MAIL = {
  from: { name: 'Ahmed', address: 'ahmed786@gmail.com' },
  subject: 'Inquiry',
  body: 'Dear Sir, we are interested in your products. Please send catalog and best price list.',
} as const;

export const VAGUE: Analysis = analyze(makeInquiry({ source: 'paste', id: 'v', ...VAGUE_MAIL }));

export const HOSTILE_TEXT = '<img src=x onerror=alert(1)><script>alert(1)</script>';

export const SCAM: Analysis = analyze(
  makeInquiry({
    source: 'paste',
    id: 's',
    from: { name: 'Purchasing Dept', address: 'buyer.global@gmail.com' },
    subject: `New order ${HOSTILE_TEXT}`,
    body: `Please find attached our purchase order. ${HOSTILE_TEXT}`,
    links: [{ text: 'www.alibaba.com/order', href: 'http://order-view.top/login' }],
    attachments: [{ name: 'PO#2291.html', mimeType: 'text/html', size: 2000 }],
  }),
);
