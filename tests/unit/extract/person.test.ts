/** The name a reply greets (issue: judgement on real mail; a new user's "Dear Purchase"). */
import { describe, expect, it } from 'vitest';
import { buyerNameOf } from '../../../lib/extract/person';

const name = (body: string, ...displayNames: string[]) => buyerNameOf({ body, displayNames });

describe('the buyer\u2019s name for the greeting', () => {
  it('takes the name the writer introduces or signs with, in several languages', () => {
    expect(name('Hello, this is Maria Lopez from Ferreteria Norte. We need 200 hinges.', 'Purchase Department')).toBe('Maria Lopez');
    expect(name('Please quote 50 pumps.\n\nBest regards,\nJohn', 'Global Trading')).toBe('John');
    expect(name('Hola, me llamo Carlos Mendes y necesito un presupuesto.')).toBe('Carlos Mendes');
    expect(name('Bitte um Angebot.\n\nMit freundlichen Grüßen\nKlaus Berg')).toBe('Klaus Berg');
    expect(name('Prices please.\n\nthanks Brad Mckay')).toBe('Brad Mckay');
  });
  it('uses the display name only when it is a person\u2019s', () => {
    expect(name('Quote 50 pumps.', 'Mark Delaney')).toBe('Mark Delaney');
    expect(name('Quote 50 pumps.', 'DELANEY, Mark')).toBe('Mark Delaney');
    for (const d of ['Purchase Department', 'Global Trading', 'Sales Team', 'Alibaba.com', '<img src=x onerror=alert(1)>', 'img', 'info@acme.com'])
      expect(name('Quote 50 pumps.', d), d).toBe('');
  });
  it('keeps East Asian names whole', () => {
    expect(name('Please send price.', '김민준')).toBe('김민준');
  });
});
