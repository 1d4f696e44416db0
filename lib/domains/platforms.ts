import type { PlatformSiteId } from '../site-ids';

/**
 * B2B platforms whose message centres relay buyer inquiries by mail. Mail from these registrable
 * domains is a relay: the sender address belongs to the platform, so the buyer is judged on the
 * fields the platform shows (buyer name, company, country, quantity) and on the message itself.
 */
export type PlatformId = PlatformSiteId | 'other-b2b';

export interface PlatformInfo {
  id: PlatformId;
  name: string;
  /** Registrable domains (public-suffix aware) the platform sends from or links to. */
  domains: readonly string[];
}

export const PLATFORMS: readonly PlatformInfo[] = [
  { id: 'alibaba', name: 'Alibaba.com', domains: ['alibaba.com', 'alibaba-inc.com', 'alibabacloud.com', 'aliexpress.com', '1688.com', 'alibaba.com.cn'] },
  { id: 'made-in-china', name: 'Made-in-China.com', domains: ['made-in-china.com', 'micstatic.com'] },
  { id: 'global-sources', name: 'Global Sources', domains: ['globalsources.com'] },
  {
    id: 'other-b2b',
    name: 'B2B platform',
    domains: ['tradeindia.com', 'indiamart.com', 'ec21.com', 'ecplaza.net', 'tradekey.com', 'dhgate.com', 'europages.com', 'kompass.com', 'thomasnet.com'],
  },
];

const BY_DOMAIN = new Map<string, PlatformInfo>(PLATFORMS.flatMap((p) => p.domains.map((d) => [d, p] as const)));

/** The platform owning this registrable domain, if any. */
export function platformOf(registrableDomain: string | null | undefined): PlatformInfo | undefined {
  return registrableDomain ? BY_DOMAIN.get(registrableDomain.toLowerCase()) : undefined;
}
