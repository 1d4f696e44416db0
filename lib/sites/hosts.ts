/**
 * The pages InquiryLens reads by itself: the content script's matches and the extension's host
 * permissions, from this one list. The B2B entries are the message centres only (see PLATFORM_SPECS
 * in ./platforms.ts; a test keeps the two in step).
 */
export const SITE_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://message.alibaba.com/*',
  'https://membercenter.made-in-china.com/*',
  'https://www.globalsources.com/*',
] as const;
