/**
 * The one list of sites InquiryLens reads by itself. The inquiry's source, the site readers' ids and the
 * B2B platform ids all derive from it, so adding a site is one entry here plus its reader.
 */
export const PLATFORM_SITE_IDS = ['alibaba', 'made-in-china', 'global-sources'] as const;
export const SITE_IDS = ['gmail', 'outlook', ...PLATFORM_SITE_IDS] as const;

export type SiteId = (typeof SITE_IDS)[number];
export type PlatformSiteId = (typeof PLATFORM_SITE_IDS)[number];

/** Where an inquiry can come from besides a site: a mail file, a mailbox file, pasted text, any page. */
export const OTHER_SOURCES = ['eml', 'mbox', 'paste', 'page'] as const;

export function isPlatformSite(source: string): source is PlatformSiteId {
  return (PLATFORM_SITE_IDS as readonly string[]).includes(source);
}
