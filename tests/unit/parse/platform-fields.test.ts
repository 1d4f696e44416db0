import { describe, expect, it } from 'vitest';
import { extractPlatformFields } from '../../../lib/parse/platform-fields';

describe('extractPlatformFields', () => {
  it('reads tolerant "Label: value" forms', () => {
    const text = [
      'You have a new message on the platform.',
      '  **Buyer Name:** Jane Doe',
      'COMPANY NAME：Nairobi Solar Supplies Ltd',
      '• Country / Region : Kenya',
      'Order Quantity:   2 x 40HQ',
      'Product Name: 550W mono PV module',
    ].join('\n');
    expect(extractPlatformFields(text)).toEqual({
      buyerName: 'Jane Doe',
      company: 'Nairobi Solar Supplies Ltd',
      country: 'Kenya',
      quantity: '2 x 40HQ',
      product: '550W mono PV module',
    });
  });

  it('reads a label with its value on the next line and table rows "Label | value"', () => {
    expect(extractPlatformFields('Buyer\n\nCompany:\nAcme Trading\nCountry | Chile\nQty | 300 pcs')).toEqual({
      company: 'Acme Trading',
      country: 'Chile',
      quantity: '300 pcs',
    });
  });

  it('keeps the first value, so the buyer block wins over the message below it', () => {
    const r = extractPlatformFields('Country: Vietnam\nMessage:\nWe ship to Japan.\nCountry: Japan');
    expect(r?.country).toBe('Vietnam');
  });

  it('ignores placeholders and unrelated labels', () => {
    expect(extractPlatformFields('Company: --\nTel: +1 555 0100\nBusiness Type: Trader\nCountry: N/A')).toBeUndefined();
    expect(extractPlatformFields('')).toBeUndefined();
  });

  it('caps values to what an Inquiry allows', () => {
    const r = extractPlatformFields(`Country: ${'x'.repeat(300)}`);
    expect(r?.country?.length).toBe(200);
  });
});
