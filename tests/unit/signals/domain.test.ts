import { describe, expect, it } from 'vitest';
import { lookAlikeOf } from '../../../lib/domains/brands';
import { domainSignal } from '../../../lib/signals/domain';
import { ids, makeCtx } from './ctx';

const run = (...a: Parameters<typeof makeCtx>) => domainSignal.run(makeCtx(...a));

describe('website and domain', () => {
  it('matches the sender to the website across subdomains and public suffixes', () => {
    const hits = run({ from: { name: 'A', address: 'sales@uk.acme.co.uk' }, body: 'Regards\nAcme Ltd\nwww.acme.co.uk' });
    expect(ids(hits)).toEqual(expect.arrayContaining(['website.present', 'domain.match']));
    expect(hits.find((h) => h.id === 'domain.match')?.evidence).toContain('acme.co.uk');
  });

  it('flags free webmail once, not again as a missing website', () => {
    const hits = run({ from: { name: 'B', address: 'buyer.ltd@gmail.com' }, body: 'Please send price list.' });
    expect(ids(hits)).toContain('domain.free-mail');
    expect(ids(hits)).not.toContain('domain.no-website');
    expect(ids(hits)).not.toContain('domain.match');
    expect(ids(run({ from: { name: '', address: '' }, body: 'Please send price list.' }))).toContain('domain.no-website');
  });

  it('flags disposable mailboxes', () => {
    expect(ids(run({ from: { name: '', address: 'x@mailinator.com' }, body: 'hi' }))).toContain('domain.disposable');
  });

  it('credits a company domain even without a website, and notices a signature website on another domain', () => {
    expect(ids(run({ from: { name: '', address: 'p@kavango-ems.co.za' }, body: 'Quote please' }))).toContain('domain.company');
    expect(ids(run({ from: { name: '', address: 'p@acme-group.com' }, body: 'Quote please\n\nBest regards\nPeter\nwww.othersite.de' }))).toContain(
      'domain.website-mismatch',
    );
  });

  it('gives website credit only for the sender\u2019s own site, never for a link to someone else\u2019s', () => {
    // A product page of the supplier, a phishing page, a brand the mail quotes: none is the buyer's website.
    for (const body of [
      'Is the X410 on https://www.ettus.com/all-products/usrp-x410/ in stock?',
      'View the order at https://alibaba-orderview.top/login',
      'We saw your stand, see www.messe-frankfurt.com',
    ]) {
      const hits = run({ from: { name: 'M', address: 'mikio@dolphinsystem.jp' }, body });
      expect(ids(hits), body).not.toContain('website.present');
      expect(ids(hits), body).toContain('domain.company');
    }
    expect(ids(run({ from: { name: 'M', address: 'mikio@dolphinsystem.jp' }, body: 'Regards\nMikio\nwww.dolphinsystem.jp' }))).toContain('website.present');
  });

  it('does not take social networks, file shares or the buyer\u2019s mail provider as a company website', () => {
    const hits = run({ from: { name: '', address: 'z@gmail.com' }, body: 'https://www.linkedin.com/in/someone https://www.dropbox.com/s/abc/file.pdf' });
    expect(ids(hits)).not.toContain('website.present');
  });

  it('notes Reply-To on the same organisation\u2019s other domain ending (another organisation is a scam signal)', () => {
    const hits = run({ from: { name: '', address: 'anna@acme.com' }, replyTo: { name: '', address: 'anna@acme.de' }, body: 'hello' });
    expect(ids(hits)).toContain('domain.reply-to-mismatch');
    expect(ids(run({ from: { name: '', address: 'anna@yahoo.com' }, replyTo: { name: '', address: 'anna77@gmail.com' }, body: 'hello' }))).not.toContain(
      'domain.reply-to-mismatch',
    );
  });

  it('judges the buyer behind a platform relay, not the platform', () => {
    const hits = run({
      from: { name: 'Alibaba', address: 'noreply@notice.alibaba.com' },
      platform: { company: 'Minh Phat Co., Ltd', country: 'Vietnam' },
      body: 'Buyer message',
    });
    expect(ids(hits)).toEqual(expect.arrayContaining(['relay.platform', 'relay.platform-fields']));
    expect(ids(hits)).not.toContain('domain.free-mail');
    expect(ids(hits)).not.toContain('domain.lookalike');
  });

  it('reads a website contact form relay: our site is not the buyer\u2019s website, Reply-To is the buyer', () => {
    const hits = run(
      {
        from: { name: 'Site', address: 'wordpress@ourfactory.example' },
        replyTo: { name: 'Peter', address: 'peter@highland-water.co.ke' },
        body: 'Name: Peter\nMessage: need a filling line\n\nsent from a contact form on https://www.ourfactory.example',
      },
      { ownDomains: ['ourfactory.example'] },
    );
    expect(ids(hits)).toContain('relay.web-form');
    expect(ids(hits)).toContain('domain.company');
    expect(ids(hits)).not.toContain('website.present');
    expect(ids(hits)).not.toContain('domain.reply-to-mismatch');
  });

  it('recognises a colleague on our own domain', () => {
    expect(ids(run({ from: { name: 'Li', address: 'li@ourfactory.example' }, body: 'see below' }, { ownDomains: ['ourfactory.example'] }))).toEqual([
      'meta.own-domain',
    ]);
  });

  it('flags look-alike domains of brands phishers imitate, in sender or links', () => {
    expect(ids(run({ from: { name: '', address: 'service@a1ibaba.com' }, body: '' }))).toContain('domain.lookalike');
    const hits = run({ from: { name: '', address: 'x@company.com' }, links: [{ text: 'Track', href: 'https://dhl-express.top/track' }], body: '' });
    expect(hits.find((h) => h.id === 'domain.lookalike')?.evidence).toContain('DHL');
  });
});

describe('lookAlikeOf', () => {
  it('catches homoglyphs, dressed-up names and near misses', () => {
    expect(lookAlikeOf('a1ibaba.com')?.brand.name).toBe('Alibaba');
    expect(lookAlikeOf('rnicrosoft.com')?.brand.name).toBe('Microsoft');
    expect(lookAlikeOf('alibaba-inc.co')?.brand.name).toBe('Alibaba');
    expect(lookAlikeOf('maersk-line-docs.com')?.brand.name).toBe('Maersk');
    expect(lookAlikeOf('pfizerservice-nv.com')?.brand.name).toBe('Pfizer');
    expect(lookAlikeOf('microsft.com')?.brand.name).toBe('Microsoft');
  });
  it('leaves official domains and ordinary companies alone', () => {
    for (const d of [
      'alibaba.com',
      'dhl.de',
      'adobetiles.com',
      'purchase-orders.com',
      'shellfish.com',
      'upsilon.com',
      'applebees.com',
      'rochester.edu',
      'vale.com.br',
    ])
      expect(lookAlikeOf(d), d).toBeUndefined();
  });
});

describe('a company name that has nothing to do with the sender domain', () => {
  const mismatch = (address: string, body: string) => ids(run({ from: { name: '', address }, body }));

  it('withholds company-domain credit when the signed company could not own the domain', () => {
    for (const [address, body] of [
      ['anna@xqvrtlmn.com', 'Please quote your catalogue.\n\nRegards\nAnna\nNorthwind Medical Supply Co., Ltd.\nTel: +886 2 2000 0000'],
      ['li@kwpzhd.cn', '您好，请报价。\n\nBest regards\nLi Wei\nShenzhen Bright Lighting Co., Ltd.'],
      ['h.meyer@trvxkol.de', 'Bitte senden Sie uns ein Angebot.\n\nMit freundlichen Grüßen\nHans Meyer\nKlaus Bergmann Maschinenbau GmbH'],
      ['sales@qqzmbt.com', 'I represent the Spanish company Ibérica Suministros SL and need your price list.'],
    ]) {
      const got = mismatch(address!, body!);
      expect(got, address).toContain('domain.name-mismatch');
      expect(got, address).not.toContain('domain.company');
    }
  });

  it('keeps the credit when the domain can be the company: its words, a word start, its initials', () => {
    for (const [address, body] of [
      ['mark@harborline-electric.example', 'Quote please.\n\nBest regards\nMark\nHarborline Electric Supply, Inc.'],
      ['p@hes-lighting.com', 'Quote please.\n\nBest regards\nPeter\nHarborline Electric Supply, Inc.'],
      ['k@tecmar.de', 'Angebot bitte.\n\nMit freundlichen Grüßen\nK. Braun\nTecmarine Handels GmbH'],
      // Domains spell umlauts out: Müller as "mueller".
      ['j.weber@mueller-boehm.de', 'Angebot bitte.\n\nMit freundlichen Grüßen\nJ. Weber\nMüller Böhm GmbH'],
      ['li@szbright.cn', '请报价。\n\nBest regards\nLi Wei\nShenzhen Bright Lighting Co., Ltd.'],
      // A department name without a legal form is not the company's registered name: no judgement.
      ['jo@enron.com', 'Please price the swap.\n\nThanks\nJo\nGas Financial Trading'],
    ]) {
      const got = mismatch(address!, body!);
      expect(got, address).toContain('domain.company');
      expect(got, address).not.toContain('domain.name-mismatch');
    }
  });

  it('reads the signature above a stray punctuation line', () => {
    const body = 'Please quote.\n\nAnna\nNorthwind Medical Supply Co., Ltd.\nTel: +886 2 2000 0000\n\n.';
    expect(mismatch('anna@xqvrtlmn.com', body)).toContain('domain.name-mismatch');
  });
});
