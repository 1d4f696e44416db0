import { describe, expect, it } from 'vitest';
import { defang, domainOfAddress, extractEmails, extractUrls } from '../../../lib/extract/urls';
import { makeCtx } from './ctx';

describe('URL and address extraction', () => {
  it('finds written URLs, www hosts, linked hrefs and bare domains in the signature', () => {
    const c = makeCtx({
      from: { name: '', address: 'a@b.example' },
      body: 'See https://acme.co.uk/products, or www.acme-tools.com.au.\n\nRegards\nTom\nacme-parts.de',
      links: [{ text: 'our catalogue', href: 'https://files.acme.co.uk/cat.pdf' }],
    });
    const urls = extractUrls(c);
    expect(urls.map((u) => u.domain)).toEqual(expect.arrayContaining(['acme.co.uk', 'acme-tools.com.au', 'acme-parts.de']));
    expect(urls.find((u) => u.source === 'link')?.text).toBe('our catalogue');
  });

  it('does not mistake file names or versions for websites', () => {
    const c = makeCtx({ from: { name: '', address: '' }, body: 'Attached drawing.pdf and spec v1.2\n\nRegards\nTom\nprice_list.xlsx' });
    expect(extractUrls(c).map((u) => u.domain)).toEqual([]);
  });

  it('does not read two sentences run together as a website, but keeps a lower-case domain', () => {
    const c = makeCtx({
      from: { name: '', address: '' },
      body: 'Thanks\n\nWe will protect your account always.You can reach us any time.\nnordlicht-tools.de',
    });
    expect(extractUrls(c).map((u) => u.domain)).toEqual(['nordlicht-tools.de']);
  });

  it('recognises raw IP hosts', () => {
    const c = makeCtx({ from: { name: '', address: '' }, body: 'open http://185.22.14.9/po' });
    expect(extractUrls(c)[0]).toMatchObject({ isIp: true, domain: null });
  });

  it('stays bounded on ten thousand URLs without spaces', () => {
    const c = makeCtx({ from: { name: '', address: '' }, body: 'http://x.example.com/a'.repeat(10000) });
    expect(extractUrls(c).length).toBeLessThanOrEqual(2000);
  });

  it('reads e-mail addresses written or linked with mailto', () => {
    const c = makeCtx({
      from: { name: '', address: '' },
      body: 'write to Sales@Acme.example',
      links: [{ text: 'mail', href: 'mailto:order%40other.example?subject=x' }],
    });
    expect(extractEmails(c).map((e) => e.address)).toEqual(['sales@acme.example', 'order@other.example']);
  });

  it('takes the registrable domain of an address and defangs links for display', () => {
    expect(domainOfAddress('sales@uk.acme.co.uk')).toBe('acme.co.uk');
    expect(domainOfAddress('nobody')).toBeNull();
    expect(defang('https://evil.example/login')).toBe('hxxps://evil.example/login');
  });
});
