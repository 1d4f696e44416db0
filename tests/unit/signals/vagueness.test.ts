import { describe, expect, it } from 'vitest';
import { vaguenessSignal } from '../../../lib/signals/vagueness';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);

describe('vagueness', () => {
  it('spots generic template wording in several languages', () => {
    for (const t of [
      'Dear Sir, we are interested in your products, please send your catalog and price list.',
      'Estimados, me interesan sus productos.',
      'Temos interesse nos seus produtos.',
      'Wir interessieren uns für Ihre Produkte.',
      'Мы заинтересованы в вашей продукции.',
    ]) {
      expect(ids(vaguenessSignal.run(ctx(t))), t).toContain('vague.generic-phrase');
    }
  });

  it('reads "quote your best price" as template wording only when nothing is named', () => {
    expect(ids(vaguenessSignal.run(ctx('Dear Sir, please quote your best price. Thanks.')))).toContain('vague.generic-phrase');
    expect(ids(vaguenessSignal.run(ctx('We need SMD2835 LED strip 24V, 1000 meters. Please quote your best price DDP Hamburg.')))).not.toContain(
      'vague.generic-phrase',
    );
  });

  it('flags "large quantity" only when no number is given', () => {
    expect(ids(vaguenessSignal.run(ctx('We need large quantity of your goods.')))).toContain('vague.large-quantity');
    expect(ids(vaguenessSignal.run(ctx('Large quantity: 20,000 pcs of LX-100.')))).not.toContain('vague.large-quantity');
  });

  it('spots requests for everything, mass mailings and missing products', () => {
    const hits = vaguenessSignal.run(ctx('Send prices of all your products.', { undisclosedRecipients: true }));
    expect(ids(hits)).toEqual(expect.arrayContaining(['vague.all-products', 'vague.undisclosed-recipients', 'vague.no-product']));
  });

  it('says so when the mail is empty and nothing is attached, whatever the subject names', () => {
    const subject = 'RFQ for 200 pcs VX-4410 control valves, DN50, PN40, delivery to Basra';
    expect(ids(vaguenessSignal.run(ctx('', { subject })))).toContain('vague.no-content');
    expect(ids(vaguenessSignal.run(ctx('\n  \n', { subject: 'Solicitud de cotización: 50 bombas KX-200' })))).toContain('vague.no-content');
    const pdf = { filename: 'RFQ-2291.pdf', mimeType: 'application/pdf', size: 48_000 };
    expect(ids(vaguenessSignal.run(ctx('', { subject, attachments: [pdf] })))).not.toContain('vague.no-content');
    expect(ids(vaguenessSignal.run(ctx('Please quote 200 pcs VX-4410.', { subject })))).not.toContain('vague.no-content');
  });

  it('spots cost and supplier fishing', () => {
    expect(ids(vaguenessSignal.run(ctx('Which brand of copper wire do you use, and who are your biggest customers?')))).toContain('vague.cost-fishing');
    expect(ids(vaguenessSignal.run(ctx('I am writing my bachelor thesis about exporters.')))).toContain('vague.cost-fishing');
  });

  it('spots free-sample demands, unless the buyer pays', () => {
    expect(ids(vaguenessSignal.run(ctx('Send free samples of every LED item.')))).toContain('vague.free-samples');
    expect(ids(vaguenessSignal.run(ctx('If you offer free samples fine, otherwise we will pay for them.')))).not.toContain('vague.free-samples');
  });

  it('spots exclusivity requests and references to earlier orders', () => {
    expect(ids(vaguenessSignal.run(ctx('We want exclusive distributorship for the GCC.')))).toContain('vague.exclusive');
    const reorder = vaguenessSignal.run(ctx('Repeat order: same as our PO 24-0187, 1,500 pcs.'));
    expect(ids(reorder)).toContain('meta.reorder');
    expect(ids(vaguenessSignal.run(ctx('Our power supply is 415V.')))).not.toContain('meta.reorder');
  });

  it('leaves a specific inquiry alone', () => {
    expect(
      vaguenessSignal.run(ctx('Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, for our 14 branches.')).filter((h) => h.id.startsWith('vague.')),
    ).toEqual([]);
  });
});
