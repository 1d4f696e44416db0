/** Model extraction on the shapes real mail is full of (issue: judgement on real mail). Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { modelsIn } from '../../../lib/signals/product';

describe('product models in real mail', () => {
  it('does not take dates, month codes, file names, floors, postcodes, extensions or ids for models', () => {
    const text = [
      'Delivery JAN03 - JUN03, see 2021/15/May schedule and the file 417.xls / Quote_2291.pdf.',
      'Office 12/F, Unit 3F-05, call x4471 or Tel. 0086-21-6191-8696.',
      'Address: Industriering 11, A-9020 Klagenfurt; 3225N Harbor Dr, San Diego CA92101; London SW1E 6QX.',
      'VAT IT07526020636, HRB 56188, order 88812345, ticket EDSN-2291934, invoice N.154.',
      'Join linux-devtools-devel or write to shop1746@mail.example, 30 E.S.T. meeting, 3/8ins bolts, 6Gb/s link.',
    ].join('\n');
    expect(modelsIn(text)).toEqual([]);
  });
  it('finds models with a space, a Unicode hyphen, numeric part numbers, pairs and family lists', () => {
    const text = [
      'What is your price on the RWC 130 and the USRP 2943R?',
      'Pump APE9B85\u201073 (40 units), fabric codes 7063-010 and 7143-032, parts 105-5091-150.',
      'Enclosure for X300/X310; pieces 385-512, 519, 533 from the 385/512, 385/513, 385/514 range.',
    ].join('\n');
    const found = modelsIn(text);
    for (const m of ['RWC 130', 'USRP 2943R', 'APE9B85-73', '7063-010', '7143-032', '105-5091-150', 'X300', 'X310', '385-512', '519', '533', '385/513'])
      expect(found, m).toContain(m);
    // Phone numbers keep their shape out of the numeric rule.
    expect(modelsIn('Call 713-853-9573 or 281-293-1975 today.')).toEqual([]);
  });
  it('lists a plural once: "E320s" beside "USRP E320"', () => {
    const found = modelsIn('We want to buy a batch of E320s. Is the USRP E320 compatible?');
    expect(found.filter((m) => /E320/.test(m))).toHaveLength(1);
  });
});

describe('case tells a model from an extension', () => {
  it('keeps X310 and drops the phone extension x4471', () => {
    expect(modelsIn('such as B210 or X310, call me on x4471')).toEqual(['B210', 'X310']);
  });
});

describe('generated ids are not models', () => {
  it('drops licence keys, tickets, order numbers, promotion codes, references and quantity ranges', () => {
    for (const text of [
      'Your licence key: K8D3-N5X0-R4V9-L7H2',
      'Ticket 591-FCRP-5146 was opened for you.',
      'Tracking 908LYQ-373MNS-310AVH, order MS-7894-319077.',
      'Use code REDALERT90 at checkout, ref JKDFGHDLK058.',
      'Our file ECS/CN/06 refers.',
      'We need 1MT-5MT monthly, 1FCL trial.',
      '1.PRICE 2.MOQ 3.FAX',
      'PMB 505, Houston TX',
    ])
      expect(modelsIn(text), text).toEqual([]);
  });
  it('keeps real part numbers with long groups or letters in the middle', () => {
    expect(modelsIn('Quote LX-T8-1200-18W, KT-XTAL-16M-3225, ST6000VXA01 and 105-5091-150.')).toEqual(
      expect.arrayContaining(['LX-T8-1200-18W', 'KT-XTAL-16M-3225', 'ST6000VXA01', '105-5091-150']),
    );
  });
});
