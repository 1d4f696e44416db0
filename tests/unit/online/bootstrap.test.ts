import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/rdap-bootstrap';
import { DEFAULT_ENDPOINTS, rdapBaseFor } from '../../../lib/online/endpoints';
import { RDAP_BOOTSTRAP } from '../../../lib/online/rdap-bootstrap';

describe('the shipped RDAP bootstrap', () => {
  it('is dated and names an https registry for the TLDs buyers write from most', () => {
    expect(Date.parse(RDAP_BOOTSTRAP.publication)).toBeGreaterThan(Date.parse('2026-01-01'));
    for (const d of ['acme.com', 'acme.net', 'acme.org', 'acme.info', 'acme.co.uk', 'acme.com.br', 'acme.com.au', 'acme.fr', 'acme.nl', 'acme.io'])
      expect(rdapBaseFor(DEFAULT_ENDPOINTS, d), d).toMatch(/^https:\/\/[^/]+\/.*\/?$/);
  });

  it('the refresh script writes a module of the same shape from IANA\u2019s file, keeping https servers only', () => {
    const text = render({
      description: 'RDAP bootstrap file for Domain Name System registrations',
      publication: '2026-11-25T19:00:02Z',
      version: '1.0',
      services: [
        [
          ['com', 'net'],
          ['http://rdap.example/', 'https://rdap.example/'],
        ],
      ],
    });
    expect(text).toContain('publication: "2026-11-25T19:00:02Z"');
    expect(text).toContain('[["com","net"], ["https://rdap.example/"]]');
    expect(() => render({ publication: 'x', services: [[['c om'], ['https://x/']]] })).toThrow();
  });
});
