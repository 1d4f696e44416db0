import { describe, expect, it } from 'vitest';
import { lookAlikeOf } from '../../../lib/domains/brands';

describe('look-alike domains built from service words', () => {
  it('still sees a brand dressed up with service words', () => {
    expect(lookAlikeOf('dhl-express.top')).toMatchObject({ brand: { name: 'DHL' }, how: 'embedded' });
    expect(lookAlikeOf('dhlwebmailsupport.com')).toMatchObject({ brand: { name: 'DHL' }, how: 'embedded' });
    expect(lookAlikeOf('dhlsunflower.com')).toBeUndefined();
  });

  it('judges a crafted 300-character label at once instead of freezing the worker', () => {
    // "webmail" is also "web" + "mail": the old pattern tried every split, doubling its work every 7 characters.
    expect(lookAlikeOf(`dhl${'webmail'.repeat(42)}x.com`)).toBeUndefined();
    expect(lookAlikeOf(`dhl${'webmail'.repeat(42)}.com`)).toMatchObject({ brand: { name: 'DHL' }, how: 'embedded' });
  });
});
