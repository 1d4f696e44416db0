import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../lib/extract/phones';

const phones = (body: string, signature = '') => findPhones({ body, signature, memo: (_key, compute) => compute() });
const kinds = (body: string) => phones(body).map((p) => `${p.kind} ${p.raw}`);

describe('phone numbers a rep would call', () => {
  it('reads labelled numbers in several languages and scripts', () => {
    expect(kinds('Tel: +1 419 555 0182 | Fax: +1 419 555 0190')).toEqual(['landline +1 419 555 0182', 'fax +1 419 555 0190']);
    expect(kinds('Telefon: 030 5557 1234')).toEqual(['landline 030 5557 1234']);
    expect(kinds('Тел.: 8 (343) 555-18-42')).toEqual(['landline 8 (343) 555-18-42']);
    expect(kinds('联系电话：0755-2555 8899')).toEqual(['landline 0755-2555 8899']);
    expect(kinds('传真：0755-2555 8890')).toEqual(['fax 0755-2555 8890']);
    expect(kinds('Handphone: 012-555 7788')).toEqual(['mobile 012-555 7788']);
    expect(kinds('HP: 0812 5555 7788')).toEqual(['mobile 0812 5555 7788']);
    expect(kinds('Tel+49 941 555 2840')).toEqual(['landline +49 941 555 2840']);
  });

  it('reads a number that a sentence introduces, also across a line break', () => {
    expect(kinds('Please reply by email, or by fax to Ms. Trisha Wiatrek\nat 210-353-3060 and copy Barry.')).toEqual(['fax 210-353-3060']);
    expect(kinds('For questions please call our office at (614) 899-2900.')).toEqual(['landline (614) 899-2900']);
    expect(kinds('Kindly call us immediately 1 808 303 2915 to cancel.')).toEqual(['landline 1 808 303 2915']);
    expect(kinds('Contact: 1 808 303 2915')).toEqual(['landline 1 808 303 2915']);
    expect(kinds('Helpline Number: 844 584-4936')).toEqual(['landline 844 584-4936']);
  });

  it('does not take codes and account numbers for labelled phones', () => {
    // "account" ends in t, "parcel" in cel, "LX-T8" holds a T: none of them labels a phone.
    expect(kinds('Please ship on our FedEx account 5127-0934-2.')).toEqual([]);
    expect(kinds('The parcel 80123456 arrived damaged.')).toEqual([]);
    expect(kinds('1) LX-T8-1200-18W, 4 ft - 12,000 pcs')).toEqual([]);
    expect(kinds('Your shipment No 54960131540 is waiting.')).toEqual([]);
    expect(kinds('IVA IT07526020636')).toEqual([]);
  });

  it('keeps each number on its own line with its own label', () => {
    // A label written after a number belongs to that number, not to the next line's.
    expect(phones('713-345-8274 wk\n713-305-1502 cell\n713-707-1353 pgr')).toEqual([]);
    expect(kinds('T:63-815-6316562\nF:63-8013-802091')).toEqual(['landline 63-815-6316562', 'fax 63-8013-802091']);
    expect(kinds('Mobile:  +1.704.965.2377 \n Fax:  +1.704.370.5700 ')).toEqual(['mobile +1.704.965.2377', 'fax +1.704.370.5700']);
  });

  it('trusts the numbering plan over a label for mobiles with a country code', () => {
    expect(kinds('Tel: +86 138 0013 8000')).toEqual(['mobile +86 138 0013 8000']);
    expect(phones('Tel: +86 138 0013 8000')[0]?.country).toBe('CN');
  });
});
