/** A buying request copied from a platform's RFQ market: judged on what the platform shows. Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { fromPaste } from '../../../lib/sites';

const RFQ_POST = [
  'Buying Request',
  'Looking for: Stainless steel vacuum flask 500 ml',
  'Quantity: 3000 Pieces',
  'Country: Germany',
  'Sourcing purpose: Wholesale',
  'We need double-wall 304 flasks with our logo, five colours. Please quote FOB Ningbo and the lead time.',
].join('\n');

const ids = (text: string) => analyze(fromPaste(text)).signals.map((s) => s.id);

describe('a buying request as the platform shows it', () => {
  it('is not punished for the address, website and signature the platform hides', () => {
    const got = ids(RFQ_POST);
    expect(got).not.toContain('domain.no-website');
    expect(got).not.toContain('contact.no-signature');
    expect(got).toContain('request.specific');
  });
  it('reads "Sourcing purpose: Wholesale" as a trader buying to resell', () => {
    expect(analyze(fromPaste(RFQ_POST)).profile.role).toBe('trader');
  });
  it('still notes the missing sender and signature of a free-form note with no fields', () => {
    const got = ids('We need 3000 vacuum flasks with our logo, please quote FOB Ningbo and the lead time.');
    expect(got).toEqual(expect.arrayContaining(['domain.no-website', 'contact.no-signature']));
  });
  it('keeps judging a sender who gives an address in the post', () => {
    expect(ids(`${RFQ_POST}\n\nKlaus Berg\nklaus.berg@gmail.com`)).toContain('domain.free-mail');
  });
});
