import { describe, expect, it } from 'vitest';
import { countryOfDomain, regionOf } from '../../../lib/profile/region';

describe('region', () => {
  it('maps countries and ccTLDs to the rep\u2019s regions', () => {
    expect(regionOf('NG')).toBe('sub-saharan-africa');
    expect(regionOf('ae')).toBe('mena');
    expect(countryOfDomain('acme.co.uk')).toBe('GB');
    expect(countryOfDomain('startup.io')).toBeUndefined();
    expect(countryOfDomain('acme.com')).toBeUndefined();
  });
});
