import { describe, expect, it } from 'vitest';
import { vaguenessSignal } from '../../../lib/signals/vagueness';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const CATALOG = [
  { model: 'LX T8 1200', name: 'T8 tube' },
  { model: 'SG-NT35', name: 'Controller' },
];
const run = (body: string, catalog: typeof CATALOG | [] = CATALOG) => ids(vaguenessSignal.run(makeCtx({ from: FROM, body }, { catalog })));

// Issue 11: importing a catalog silently removed "no product is named" from every mail.
describe('vagueness with the rep\u2019s catalog', () => {
  it('still says no product is named when the mail names none, catalog or not', () => {
    const body = 'Dear Sir, we are interested in your products. Please send your catalog and price list.';
    expect(run(body, [])).toContain('vague.no-product');
    expect(run(body)).toContain('vague.no-product');
  });

  it('counts a catalog model written with spaces as a named product', () => {
    expect(run('Dear Sir, what is your price on lx t8 1200 please?')).not.toContain('vague.no-product');
  });
});
