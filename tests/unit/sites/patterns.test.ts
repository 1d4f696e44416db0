import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '../../../lib/sites';
import { SITE_MATCHES } from '../../../lib/sites/hosts';
import { matchesPattern } from '../../../lib/sites/patterns';

describe('each adapter owns its URL patterns', () => {
  it('the content script runs exactly on the adapters’ own pattern lists, each site once', () => {
    expect([...SITE_MATCHES]).toEqual(ADAPTERS.flatMap((a) => [...a.patterns]));
    expect(new Set(SITE_MATCHES).size).toBe(SITE_MATCHES.length);
  });

  it('an adapter reads only pages inside its own patterns', () => {
    for (const a of ADAPTERS) {
      for (const p of a.patterns) {
        const host = new URL(p.replace('/*', '/')).hostname;
        expect(a.matches(new URL(`http://${host}/message/1`)), `${a.id} over http`).toBe(false);
        expect(a.matches(new URL(`https://evil.example/${host}/message/1`)), `${a.id} elsewhere`).toBe(false);
      }
    }
    expect(adapterFor(new URL('https://outlook.live.com/mail/0/inbox/id/AQ'))?.id).toBe('outlook');
    expect(adapterFor(new URL('https://mail.google.com.evil.example/mail/u/0/'))).toBeUndefined();
  });

  it('matches patterns the way the browser does', () => {
    expect(matchesPattern('https://*.example.com/*', new URL('https://a.b.example.com/x'))).toBe(true);
    expect(matchesPattern('https://*.example.com/*', new URL('https://example.com/'))).toBe(true);
    expect(matchesPattern('https://*.example.com/*', new URL('https://badexample.com/'))).toBe(false);
    expect(matchesPattern('https://mail.google.com/mail/*', new URL('https://mail.google.com/chat/'))).toBe(false);
  });
});
