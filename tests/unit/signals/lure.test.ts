/**
 * Scam mechanisms of real trade-lure mail (issue: judgement on real mail). Every case is written here
 * for the test; none is copied from a corpus mail.
 */
import { describe, expect, it } from 'vitest';
import { lureSignal } from '../../../lib/signals/lure';
import { scamSignal } from '../../../lib/signals/scam';
import { intentSignal } from '../../../lib/signals/intent';
import { ids, makeCtx } from './ctx';

const lure = (...a: Parameters<typeof makeCtx>) => ids(lureSignal.run(makeCtx(...a)));
const scam = (...a: Parameters<typeof makeCtx>) => ids(scamSignal.run(makeCtx(...a)));
const header = (key: string, value: string) => ({ key, value });

describe('replies diverted to another organisation', () => {
  it('flags a company sender whose replies go to free mail or another company', () => {
    expect(
      lure({
        from: { name: 'P. Ortiz', address: 'p.ortiz@vandermeer-foods.nl' },
        replyTo: { name: '', address: 'portiz.procure@gmail.com' },
        body: 'Please quote.',
      }),
    ).toContain('scam.reply-diverted');
    expect(
      lure({ from: { name: '', address: 'info@small-clinic.cz' }, replyTo: { name: '', address: 'orders@unrelated-trading.com' }, body: 'Bitte Angebot.' }),
    ).toContain('scam.reply-diverted');
  });
  it('flags free mail that answers from a second free mailbox', () => {
    expect(
      lure({ from: { name: 'Ali', address: 'ali.k1970@gmail.com' }, replyTo: { name: '', address: 'directorate.office22@gmail.com' }, body: 'Quote please' }),
    ).toContain('scam.reply-diverted');
  });
  it('leaves one organisation on two domain endings, subdomains and form relays alone', () => {
    expect(lure({ from: { name: '', address: 'anna@acme.com' }, replyTo: { name: '', address: 'anna@acme.de' }, body: 'hi' })).not.toContain(
      'scam.reply-diverted',
    );
    expect(lure({ from: { name: '', address: 'neal@usa.conoco.com' }, replyTo: { name: '', address: 'neal@conoco.com' }, body: 'hi' })).not.toContain(
      'scam.reply-diverted',
    );
    expect(
      lure(
        {
          from: { name: 'Site', address: 'wordpress@ourfactory.example' },
          replyTo: { name: '', address: 'buyer@gmail.com' },
          body: 'Name: Bo\nMessage: 500 pcs\nsent from the contact form',
        },
        { ownDomains: ['ourfactory.example'] },
      ),
    ).not.toContain('scam.reply-diverted');
  });
});

describe('look-alikes of a company the mail names', () => {
  it('catches a domain dressed as another domain of the same mail', () => {
    expect(
      lure({
        from: { name: 'R. Turner', address: 'r.turner@brightmart.co.uk' },
        replyTo: { name: '', address: 'r.turner@brightmart-trading.com' },
        body: 'Send your catalogue.',
      }),
    ).toContain('scam.lookalike-company');
    expect(
      lure({
        from: { name: '', address: 'buyer@fastmail.example' },
        replyTo: { name: '', address: 'procurement@kestrelchem-procurement.com' },
        body: 'Regards\nKestrelchem AG',
      }),
    ).toContain('scam.lookalike-company');
  });
  it('catches a swapped or replaced letter in the claimed company name, in any language', () => {
    expect(lure({ from: { name: 'Compras', address: 'compras@hidrovalta.es' }, body: 'Un saludo\nHidrovatla S.A.\nMadrid' })).toContain(
      'scam.lookalike-company',
    );
    expect(lure({ from: { name: 'Sales', address: 'sales@norvikcrop.com' }, body: 'Best regards\nNorvik Corp.\nOslo' })).toContain('scam.lookalike-company');
  });
  it('does not call a real company a look-alike of itself: umlauts, a dropped plural, "trading" in the domain', () => {
    expect(lure({ from: { name: 'J. Böhm', address: 'j.boehm@boehm-solar.de' }, body: 'Mit freundlichen Grüßen\nBöhm Solar GmbH' })).not.toContain(
      'scam.lookalike-company',
    );
    expect(lure({ from: { name: 'Peter', address: 'peter@highlandspring-water.co.ke' }, body: 'Regards\nHighland Springs Water Ltd' })).not.toContain(
      'scam.lookalike-company',
    );
    expect(lure({ from: { name: 'Khalid', address: 'khalid@bayraq-trading.ae' }, body: 'Regards\nBayraq General Trading LLC' })).not.toContain(
      'scam.lookalike-company',
    );
  });
});

describe('free abuse-prone TLDs, passwords and personalised links', () => {
  it('marks former Freenom TLDs on the sender or Reply-To, a risk only with a lure (they are also real country codes)', () => {
    expect(
      lure({ from: { name: '', address: 'purchase@orderdesk.cf' }, subject: 'Payment advice', body: 'Payment advice attached, confirm receipt.' }),
    ).toContain('scam.lure');
    expect(lure({ from: { name: '', address: 'purchase@orderdesk.cf' }, body: 'PO attached' })).toContain('scam.abused-tld');
    expect(lure({ from: { name: '', address: 'purchase@orderdesk.com' }, body: 'PO attached' })).not.toContain('scam.abused-tld');
  });
  it('flags a password given or asked for, in several languages', () => {
    for (const body of [
      'Open the file with password: 2024',
      'Enter your email and password to view the order',
      'Contraseña: 1234',
      'Passwort: abc',
      'Пароль: 555',
    ])
      expect(lure({ from: { name: '', address: 'a@b.com' }, body }), body).toContain('scam.password');
    expect(lure({ from: { name: '', address: 'a@b.com' }, body: 'We reset our ERP password policy last year.' })).not.toContain('scam.password');
  });
  it("does not read a provider's security warning as a password request", () => {
    for (const body of [
      'Security tip: never provide your password to anyone, we will never ask for it.',
      'Please do not share or enter your password on other sites.',
      'Nunca comparta ni introduzca su contraseña: 1234 es un ejemplo',
      '请勿向任何人提供密码：我们不会索要。',
    ])
      expect(lure({ from: { name: '', address: 'a@b.com' }, body }), body).not.toContain('scam.password');
    expect(lure({ from: { name: '', address: 'a@b.com' }, body: 'Never mind the delay. Enter your email and password to view the order' })).toContain(
      'scam.password',
    );
  });
  it('flags a link or reference that carries an e-mail address, even in base64', () => {
    const b64 = Buffer.from('sales@example-factory.com').toString('base64');
    expect(ids(lureSignal.run(makeCtx({ from: { name: '', address: 'x@sender.example' }, body: 'View: https://files-view.example/#' + b64 })))).toContain(
      'scam.credential-link',
    );
    expect(ids(lureSignal.run(makeCtx({ from: { name: '', address: 'x@sender.example' }, body: `Referencia: ${b64}` })))).toContain('scam.credential-link');
    expect(
      ids(lureSignal.run(makeCtx({ from: { name: '', address: 'x@sender.example' }, body: 'Datasheet: https://www.sender.example/products/pump-200' }))),
    ).not.toContain('scam.credential-link');
  });
  it('treats a padded sender name or subject as a risk, and a field the reader had to cut too', () => {
    expect(lure({ from: { name: 'Billing '.repeat(60), address: 'a@b.com' }, body: 'hi' })).toContain('scam.padded-field');
    expect(lure({ from: { name: 'A', address: 'a@b.com' }, subject: 'x', clipped: ['from.name'], body: 'hi' })).toContain('scam.padded-field');
    expect(lure({ from: { name: 'Maria Lopez Garcia', address: 'a@b.com' }, subject: 'RFQ for 2,000 pcs HT-2210', body: 'hi' })).not.toContain(
      'scam.padded-field',
    );
  });
});

describe('lures delivered by a stranger', () => {
  const stranger = { from: { name: 'Accounts', address: 'accounts.dept@gmail.com' } };
  it('flags a payment notice, a fake follow-up or a document to open, when the sender shows a stranger\u2019s marks', () => {
    expect(lure({ ...stranger, subject: 'Payment confirmation', body: 'Dear Sir, please see the payment advice attached and confirm.' })).toContain(
      'scam.lure',
    );
    expect(lure({ ...stranger, subject: 'Re: order', body: 'Did you receive my previous email about our purchase order? Please confirm.' })).toContain(
      'scam.lure',
    );
    expect(lure({ ...stranger, subject: 'Comprobante de pago', body: 'Estimados señores, adjunto el comprobante de pago.' })).toContain('scam.lure');
    expect(
      lure({
        from: { name: 'Lists', address: 'x@notice.example' },
        subject: 'INVITATION TO BID RFQ-5521',
        body: 'Dear sales',
        headers: [header('To', 'sales@example-factory.com')],
      }),
    ).toContain('scam.lure');
  });
  it('leaves the same words alone from a known correspondent in a real thread', () => {
    const thread = {
      from: { name: 'Tom Reyes', address: 'tom@reyes-agro.com' },
      headers: [header('In-Reply-To', '<abc@example>')],
      quoted: '> On Monday you wrote: the PI is attached\n> '.repeat(3),
    };
    expect(
      lure({ ...thread, subject: 'Re: PI 2231', body: 'Tom here. The deposit was sent today, receipt attached. Please confirm the shipping date.' }),
    ).not.toContain('scam.lure');
    // A company asking for bids to a named contact is not a stranger's lure.
    expect(
      lure({
        from: { name: '', address: 'gas.purchasing@utility.example' },
        subject: 'Bid Request',
        body: 'Tom,\nAttached is the RFP as per our discussion. Please call me.',
      }),
    ).not.toContain('scam.lure');
  });
});

describe('intermediary and advance-fee stories, bulk adverts', () => {
  it('flags "source it locally and sell it to us" and commission schemes in several wordings', () => {
    for (const body of [
      'Our company needs this oil; you can buy it locally from a local supplier in your country and supply it to our company.',
      'We propose a contract supply on commission basis for raw materials.',
      'We are looking for a North American rep to receive payments on our behalf.',
    ]) {
      expect(scam({ from: { name: '', address: 'a@b.example' }, body }), body).toContain('scam.advance-fee');
    }
    expect(scam({ from: { name: '', address: 'a@b.example' }, body: 'We distribute locally and pay our sales agents a commission.' })).not.toContain(
      'scam.advance-fee',
    );
  });
  it('calls an advert sent in bulk spam, and a polite single offer only a sales pitch', () => {
    const advert = 'Get your free quote today! Compare home insurance quotes and save.';
    expect(
      ids(intentSignal.run(makeCtx({ from: { name: '', address: 'Qx7pLm2zK@promo.example' }, body: `${advert}\n\nTo unsubscribe click here` }))),
    ).toContain('scam.bulk-advert');
    expect(
      ids(
        intentSignal.run(
          makeCtx({ from: { name: 'Jo', address: 'jo@webagency.example' }, body: 'We can help you to grow your online sales with SEO services.' }),
        ),
      ),
    ).toEqual(expect.arrayContaining(['vague.sales-pitch']));
  });
});

describe('borrowed institutional mailboxes', () => {
  it('flags a school or government mailbox writing as a trading company, not a university buyer', () => {
    expect(
      lure({
        from: { name: 'Sales', address: 'j.doe@lakeside.k12.mn.us' },
        body: 'Please quote 20 tons.\n\nRegards\nJohn Doe\nSunrise General Trading LLC\nDubai',
      }),
    ).toContain('scam.sender-spoof');
    expect(
      lure({ from: { name: 'Samie', address: 'ssmos@kth.se' }, body: 'We want to buy 4 E320 for our lab.\n\nSamie\nKTH Royal Institute of Technology' }),
    ).not.toContain('scam.sender-spoof');
    expect(
      lure({ from: { name: 'Ana', address: 'ana@fisica.unam.edu.mx' }, body: 'Cotización de 3 osciloscopios.\n\nAna\nInstituto de Física, UNAM' }),
    ).not.toContain('scam.sender-spoof');
  });
});

describe('a forwarded request without its attachment', () => {
  it('is not a lure from a small buyer on free mail alone, but is from a mass mailing', () => {
    const buyer = {
      from: { name: 'Ravi Kumar', address: 'ravi.kumar.tools@gmail.com' },
      subject: 'Fwd: drawing',
      body: 'Dear Sir, please find attached our drawing for 300 pcs of flanges, kindly quote.',
    };
    expect(lure(buyer)).not.toContain('scam.lure');
    expect(lure({ ...buyer, undisclosedRecipients: true })).toContain('scam.lure');
  });
});

describe('a company\u2019s group sites', () => {
  it('does not take a link to the sender\u2019s group site for a look-alike', () => {
    expect(lure({ from: { name: 'Jo', address: 'jo@kestrel.com' }, body: 'Quote 20 pumps.\n\nJo\nKestrel Inc.\nwww.kestrel-group.com' })).not.toContain(
      'scam.lookalike-company',
    );
  });
});

describe('a buyer writing from home', () => {
  it('does not call replies to the buyer\u2019s own company address a diversion', () => {
    expect(
      lure({
        from: { name: 'Jo Park', address: 'jo.park77@gmail.com' },
        replyTo: { name: '', address: 'jo.park@gyeol-lighting.co.kr' },
        body: 'Please quote 500 m of strip.',
      }),
    ).not.toContain('scam.reply-diverted');
  });
});

describe('a quotation asked for at another party\u2019s address (scam.quote-diverted)', () => {
  const stranger = { from: { name: 'Supply Chain', address: 'k7x2p.office@outlook.com' } };
  it('flags the text sending quotes or replies to another organisation, in several languages and across a line break', () => {
    for (const body of [
      'Please quote 40 units of the pump below.\nKindly send your quotation to: rfq@northgate-procure.com for approval.',
      'Quotes are to be sent\nto tenders@northgate-procure.com only.',
      'Please reply directly to tenders@northgate-procure.com',
      '请将报价发送至 tenders@northgate-procure.com，谢谢。',
      'Por favor envíe su cotización a tenders@northgate-procure.com',
      'Envoyez votre offre à tenders@northgate-procure.com',
      'Senden Sie Ihr Angebot bitte an tenders@northgate-procure.com',
    ])
      expect(lure({ ...stranger, body }), body).toContain('scam.quote-diverted');
    // A company mailbox that wants the answer at an unrelated free mailbox.
    expect(lure({ from: { name: 'Tomas', address: 'tomas@lindqvist-tools.se' }, body: 'Send your best offer to tl.buyer1988@gmail.com please.' })).toContain(
      'scam.quote-diverted',
    );
  });
  it('leaves the same company, a colleague, the same person, a platform and the rep\u2019s own company alone', () => {
    const company = { from: { name: 'Tomas', address: 'tomas@lindqvist-tools.se' } };
    for (const body of [
      'Please send your quotation to purchasing@lindqvist-tools.se.',
      'Kindly send your quotation to my colleague anna@eu.lindqvist-tools.se',
      'Please reply to tomas@lindqvist-tools.com, our export office.',
      '请将报价发送至 purchasing@lindqvist-tools.se。',
      'Por favor envíe su cotización a compras@lindqvist-tools.se',
      'Send your quotation to our contact at buyer@alibaba.com message centre.',
      'Please send the quotation to sales@ourfactory.example as well.',
      'Our address is tomas@lindqvist-tools.se and you can also write to info@harbour-freight.example about delivery.',
    ])
      expect(lure(company, { ownDomains: ['ourfactory.example'] }), body).not.toContain('scam.quote-diverted');
    // From home: the same person's company mailbox.
    expect(
      lure({ from: { name: 'Jo Park', address: 'jo.park77@gmail.com' }, body: 'Please send the quote to jo.park@gyeol-lighting.co.kr, my office mailbox.' }),
    ).not.toContain('scam.quote-diverted');
    // The recipient's own company, named in To.
    expect(
      lure({
        ...company,
        headers: [header('To', 'export@ourfactory-two.example')],
        body: 'Please send your quotation to sales@ourfactory-two.example as well.',
      }),
    ).not.toContain('scam.quote-diverted');
  });
});

describe('a free mailbox whose Reply-To is the same person\u2019s other free mailbox', () => {
  it('is no diversion when both mailboxes carry the same name', () => {
    expect(
      lure({ from: { name: '', address: 'lena.sorokina@gmail.com' }, replyTo: { name: '', address: 'sorokina.lena@yandex.ru' }, body: 'Пришлите прайс.' }),
    ).not.toContain('scam.reply-diverted');
    expect(
      lure({ from: { name: '', address: 'wangfang88@163.com' }, replyTo: { name: '', address: 'wangfang.trade@qq.com' }, body: '请发产品目录。' }),
    ).not.toContain('scam.reply-diverted');
  });
  it('still flags another person, a name only in the display name, a company name borrowed by two free mailboxes, or a company mailbox answered from free mail', () => {
    expect(
      lure({ from: { name: '', address: 'info@korvald-metal.com' }, replyTo: { name: '', address: 'korvald.metal@hotmail.com' }, body: 'Send catalog.' }),
    ).toContain('scam.reply-diverted');
    expect(
      lure({
        from: { name: 'Lena', address: 'info@korvald-metal.com' },
        replyTo: { name: 'Lena', address: 'lena.k.buyer@hotmail.com' },
        body: 'Send catalog.',
      }),
    ).toContain('scam.reply-diverted');
    expect(
      lure({ from: { name: '王芳', address: 'wangfang88@163.com' }, replyTo: { name: '王芳', address: 'lihua2020@qq.com' }, body: '请发产品目录。' }),
    ).toContain('scam.reply-diverted');
    expect(
      lure({
        from: { name: 'Sales', address: 'sales.brevantec@yahoo.co.jp' },
        replyTo: { name: '', address: 'sales.brevantec@hotmail.com' },
        body: 'Please send your catalog.\n\nBest regards\nBrevantec Co., Ltd.\nTokyo',
      }),
    ).toContain('scam.reply-diverted');
    // Two company domains: a shared first name is no tie.
    expect(
      lure({ from: { name: '', address: 'peter@halvorsen-marine.no' }, replyTo: { name: '', address: 'peter@quickbuy-trading.com' }, body: 'Quote.' }),
    ).toContain('scam.reply-diverted');
  });
});

describe('lure wording wrapped across lines', () => {
  const stranger = { from: { name: 'Accounts', address: 'accounts.dept@gmail.com' } };
  it('reads a payment notice or a claimed earlier mail broken by a line break, in several languages', () => {
    expect(lure({ ...stranger, subject: 'Hello', body: 'Dear Sir, the payment\nadvice is attached, please confirm.' })).toContain('scam.lure');
    expect(lure({ ...stranger, subject: 'Hello', body: 'Dear Sir, did you receive my\nprevious email about the order?' })).toContain('scam.lure');
    expect(lure({ ...stranger, subject: 'Hola', body: 'Estimados señores, adjunto el comprobante de\npago.' })).toContain('scam.lure');
    expect(lure({ ...stranger, subject: '你好', body: 'Dear Sir, 请查收付款通知，见附件。' })).toContain('scam.lure');
  });
  it('does not join words a paragraph apart, nor a Chinese note with no payment or earlier order', () => {
    expect(lure({ ...stranger, subject: 'Hello', body: 'Dear Sir, we discussed the payment\n\n\n\nadvice of our lawyer about your catalogue.' })).not.toContain(
      'scam.lure',
    );
    expect(lure({ ...stranger, subject: '你好', body: '您好，请发一份产品目录和价格表。' })).not.toContain('scam.lure');
  });
});
