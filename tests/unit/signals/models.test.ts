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

describe('addresses, versions and run-together text are not models; a model label is believed', () => {
  it('drops house and unit numbers on address lines, in several countries', () => {
    const text = [
      'Best regards',
      'Omar Latif',
      'Rahim Textiles',
      '512-C Garden Colony No 3, Multan, Pakistan.',
      'B.17, Songdo Haean-ro, Yeonsu-gu, Incheon',
      'Seoul Metal Co.,Ltd',
      '7Ka-302, Namdong Tech Park,',
      '55 Gojan-dong, Namdong-gu,',
      '22-3 JALAN 14/27B',
      'TAMAN BUKIT 53100 SETAPAK',
      '上海市浦东新区张江路88号 A-12',
      'HP : 012-345 6789',
      'GLOBAL TRADE PTE LTD',
      '21, Second Industrial Road',
    ].join('\n');
    expect(modelsIn(text)).toEqual([]);
  });

  it('still reads a product line that has commas and capitals but no street', () => {
    expect(modelsIn('KX-200B, Stainless Steel, 500 pcs\nQM-55, Black, 300 pcs')).toEqual(['KX-200B', 'QM-55']);
  });

  it('drops software versions, shortened links and a number run into the next sentence', () => {
    expect(modelsIn('We run firmware 18.06.x and v2.14.3; see bit.ly/4kz9pq2 for the log.\nWe need 5,000The rest later.')).toEqual([]);
  });

  it('believes "Model No:", "P/N", "Part Number" and 型号 labels, even for long digit runs or a standard-like prefix', () => {
    expect(modelsIn('Product/Model No: TM7720 PRESSURE VALVE')).toEqual(['TM7720']);
    expect(modelsIn('Part Number: QRS8841207 x 40')).toEqual(['QRS8841207']);
    expect(modelsIn('P/N: EN4410 qty 20')).toEqual(['EN4410']);
    expect(modelsIn('型号：KL3300，数量200台')).toEqual(['KL3300']);
    // Without a label the same shapes stay out: an order number, a standard.
    expect(modelsIn('Order no: QRS8841207 and the EN4410 standard')).toEqual([]);
  });
  it('reads a number alone as a model when a label says so, never a model year', () => {
    expect(modelsIn('Please quote Cetter actuator model 275, qty 45.')).toEqual(['275']);
    expect(modelsIn('Part No. 4410023 and Artikel-Nr. 88123 are needed.')).toEqual(['4410023', '88123']);
    expect(modelsIn('型号：8010，数量 20 台')).toEqual(['8010']);
    expect(modelsIn('модель 4020, 10 шт')).toEqual(['4020']);
    expect(modelsIn('We bought the model 2020 last year, model 300 pcs in stock.')).toEqual([]);
  });

  it('reads a brand written with an inner capital and its number, but not a year or a street', () => {
    expect(modelsIn('Please offer 5 units of pH meter PeakTech 5310 with calibration.')).toEqual(['PeakTech 5310']);
    expect(modelsIn('Quote for TraceTek 1000 sensing cable and PowerEdge R740.')).toEqual(['TraceTek 1000', 'PowerEdge R740']);
    expect(modelsIn('Silicone cases for iPhone 15, 500 each.')).toEqual(['iPhone 15']);
    // A brand misspelt a line later is the same product.
    expect(modelsIn('Price for iPhone 14?\nWe need 20 pcs iPone 14 and 10 pcs iPad 10.')).toEqual(['iPhone 14', 'iPad 10']);
    expect(modelsIn('We use PowerPoint 2016 and LinkedIn 2023 campaigns.')).toEqual([]);
  });

  it('does not take a token whose letters change case three times for a part number', () => {
    expect(modelsIn('Your verification code is kQ7mZ2pW.')).toEqual([]);
    expect(modelsIn('Please quote XB7200.')).toEqual(['XB7200']);
  });

  it('does not take a project\u2019s code name for a product', () => {
    expect(modelsIn('Valves for the BOC-Majnoon CPF2 project in Iraq, and the Z40 proyecto.')).toEqual([]);
    expect(modelsIn('Valves CPF2 for the new plant.')).toEqual(['CPF2']);
  });
});
