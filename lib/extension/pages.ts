/**
 * Addresses of the extension's own pages, in one place. The inquiry history must not be an entrypoint
 * named `history`: WXT turns that name into chrome_url_overrides and the build would replace the
 * browser's own History page.
 */
export const INQUIRIES_PAGE = '/inquiries.html';
export const STATS_PAGE = '/stats.html';
export const OPTIONS_PAGE = '/options.html';
