import { describe, expect, it } from 'vitest';
import { scamSignal } from '../../../lib/signals/scam';
import { ids, makeCtx } from './ctx';

const run = (...a: Parameters<typeof makeCtx>) => scamSignal.run(makeCtx(...a));
const COMPANY = { name: 'Anna Berg', address: 'anna@nordtrade.se' };

describe('scam and phishing signals', () => {
  it('link text showing one address while going to another', () => {
    const hits = run({ from: COMPANY, links: [{ text: 'www.alibaba.com/order', href: 'http://order-view.top/a' }], body: 'see order' });
    expect(ids(hits)).toContain('scam.link-mismatch');
    expect(hits.find((h) => h.id === 'scam.link-mismatch')?.evidence).toContain('hxxp://order-view.top');
  });

  it('a "file" that is really a web link', () => {
    expect(ids(run({ from: COMPANY, links: [{ text: 'PO_2291.pdf', href: 'https://files-host.example/x' }], body: 'PO attached' }))).toContain(
      'scam.link-mismatch',
    );
  });

  it('login pages and free-hosting document pages', () => {
    expect(ids(run({ from: COMPANY, links: [{ text: 'DOWNLOAD PDF', href: 'https://abc.000webhostapp.com/maersk/login.php' }], body: '' }))).toContain(
      'scam.credential-link',
    );
    expect(ids(run({ from: COMPANY, links: [{ text: 'View RFQ', href: 'https://quote-portal.example/signin?u=1' }], body: '' }))).toContain(
      'scam.credential-link',
    );
  });

  it('shorteners and raw IP hosts', () => {
    expect(ids(run({ from: COMPANY, body: 'details: https://bit.ly/3xYz' }))).toContain('scam.shortener');
    expect(ids(run({ from: COMPANY, body: 'open http://185.22.14.9/po/view' }))).toContain('scam.ip-host');
  });

  it('risky attachments dressed as trade documents, but not plain PDFs or drawings', () => {
    expect(ids(run({ from: COMPANY, attachments: [{ name: 'PO#198945.html', mimeType: 'text/html', size: 3000 }], body: '' }))).toContain(
      'scam.risky-attachment',
    );
    expect(ids(run({ from: COMPANY, attachments: [{ name: 'PO45638.Xls.htm', mimeType: 'text/html', size: 3000 }], body: '' }))).toContain(
      'scam.risky-attachment',
    );
    expect(ids(run({ from: COMPANY, attachments: [{ name: 'Payment Invoice.zip', mimeType: 'application/zip', size: 3000 }], body: '' }))).toContain(
      'scam.risky-attachment',
    );
    expect(ids(run({ from: COMPANY, attachments: [{ name: 'quotation.iso', mimeType: 'application/octet-stream', size: 3000 }], body: '' }))).toContain(
      'scam.risky-attachment',
    );
    expect(
      ids(run({ from: COMPANY, attachments: [{ name: 'VAT-HSG-2207 Rev C.pdf', mimeType: 'application/pdf', size: 90000 }], body: 'drawing attached' })),
    ).not.toContain('scam.risky-attachment');
  });

  it('money before business, in several languages', () => {
    expect(ids(run({ from: COMPANY, body: 'You must pay the registration fee of USD 350 before the contract.' }))).toContain('scam.money-first');
    expect(
      ids(
        run({
          from: COMPANY,
          body: 'Please find the attached transfer slip from our bank.',
          attachments: [{ name: 'slip.pdf', mimeType: 'application/pdf', size: 1 }],
        }),
      ),
    ).toContain('scam.money-first');
    expect(ids(run({ from: COMPANY, body: 'É necessário pagar a taxa de inscrição.' }))).toContain('scam.money-first');
  });

  it('advance-fee stories', () => {
    expect(ids(run({ from: COMPANY, body: 'A BUSINESS/INVESTMENT COLLABORATION OPPORTUNITY. Attention: CEO' }))).toContain('scam.advance-fee');
    expect(ids(run({ from: COMPANY, body: 'I have a mandate to arrange crude oil purchase of 5,000,000 barrels' }))).toContain('scam.advance-fee');
  });

  it('threats and deadlines, but not an ordinary urgent request', () => {
    expect(ids(run({ from: COMPANY, body: 'Your mailbox will be suspended within 24 hours.' }))).toContain('scam.pressure');
    expect(ids(run({ from: COMPANY, body: 'We urgently need 500 pcs of LX-100, please quote today.' }))).not.toContain('scam.pressure');
  });

  it('notices sent from addresses that cannot be the service\u2019s', () => {
    expect(ids(run({ from: { name: 'Your Order #86765', address: 'dan123@gmail.com' }, subject: 'Order Confirmation', body: 'Thank you' }))).toContain(
      'scam.fake-notification',
    );
    expect(
      ids(run({ from: { name: 'DHL Express', address: 'notice@parcel-help.xyz' }, subject: 'Delivery failed: your parcel is on hold', body: '' })),
    ).toContain('scam.fake-notification');
    expect(
      ids(run({ from: { name: 'Mark', address: 'mark@harborline.com' }, subject: 'RFQ LED tubes', body: 'We would like to order 12,000 pcs.' })),
    ).not.toContain('scam.fake-notification');
  });

  it('famous-buyer claims from free webmail', () => {
    expect(
      ids(run({ from: { name: 'Mike', address: 'mike.tender@gmail.com' }, body: 'We are the procurement office of Pfizer and invite you to quote.' })),
    ).toContain('scam.bigco-free-mail');
  });

  it('a purchase order "attached" when nothing is attached', () => {
    expect(ids(run({ from: COMPANY, body: 'Please find attached our purchase order and specification.' }))).toContain('scam.missing-attachment');
    expect(
      ids(
        run({ from: COMPANY, body: 'Please find attached our purchase order.', attachments: [{ name: 'PO-1.pdf', mimeType: 'application/pdf', size: 1000 }] }),
      ),
    ).not.toContain('scam.missing-attachment');
  });

  it('an attachment reference broken across lines, in several languages, still counts; prose about attachments does not', () => {
    for (const body of [
      'Dear partner, please find in\nattachment our purchase order for this month.',
      'Kindly see the\nattached drawing and quote.',
      'Our requirements are\n  attached, please quote the items.',
      '订单请见\n附件，请报价。',
      'Segue\nanexo o pedido de compra.',
    ])
      expect(ids(run({ from: COMPANY, body })), body).toContain('scam.missing-attachment');
    for (const body of ['Please find in attachment our purchase order.', '请见附件订单。'])
      expect(ids(run({ from: COMPANY, body, attachments: [{ name: 'PO-7.pdf', mimeType: 'application/pdf', size: 1000 }] })), body).not.toContain(
        'scam.missing-attachment',
      );
    // A line break between unrelated words is no reference; nor is a word about attachments with nothing to price.
    expect(ids(run({ from: COMPANY, body: 'We met in\nApril and talked about the order.' }))).not.toContain('scam.missing-attachment');
    expect(ids(run({ from: COMPANY, body: '邮件附件大小有限制，请知悉。' }))).not.toContain('scam.missing-attachment');
    expect(ids(run({ from: COMPANY, body: 'Find the\n\n\n\nattached note below about holidays.' }))).not.toContain('scam.missing-attachment');
  });

  it('vendor registration and log-in-to-view requests', () => {
    expect(ids(run({ from: COMPANY, body: 'Kindly complete our supplier registration form.' }))).toContain('scam.vendor-registration');
    expect(ids(run({ from: COMPANY, body: 'Sign in with your email to view the RFQ.' }))).toContain('scam.vendor-registration');
  });

  it('display names that claim an address or brand the sender does not have', () => {
    expect(ids(run({ from: { name: 'purchasing@aquilla.com', address: 'do-not-reply@ncs.gov.example' }, body: '' }))).toContain('scam.sender-spoof');
    expect(ids(run({ from: { name: 'MAERSK LINE', address: 'docs@cargo-mail.example' }, body: '' }))).toContain('scam.sender-spoof');
    expect(ids(run({ from: COMPANY, replyTo: { name: '', address: 'anna@nordtrrade.se' }, body: '' }))).toContain('scam.sender-spoof');
  });

  it('stays quiet on a genuine, detailed inquiry', () => {
    const hits = run({
      from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
      subject: 'RFQ - T8 LED tubes',
      body: 'Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We will pay for the samples.\n\nBest regards,\nMark\nwww.harborline-electric.example',
      links: [{ text: 'www.harborline-electric.example', href: 'http://www.harborline-electric.example' }],
    });
    expect(hits).toEqual([]);
  });
});
