import { ADAPTERS } from './index';

/**
 * The pages InquiryLens reads by itself: the content script's matches and the extension's host
 * permissions, gathered from each adapter's own pattern list (a site is described in one place).
 */
export const SITE_MATCHES: readonly string[] = ADAPTERS.flatMap((a) => a.patterns);
