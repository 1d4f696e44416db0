/**
 * Why a reader could not read a page that should show a message, one code per distinct case, so the
 * panel can say it in the rep's language and a bug report names the case instead of a sentence.
 */
export const SITE_FAILURE_CODES = [
  /** The address shows a message, but no dated selector set found any message container. */
  'no-message-hooks',
  /** The address shows a message, but there is no reading pane at all. */
  'no-reading-pane',
  /** A message container was found, but no body inside it. */
  'no-body',
  /** A message body was found, but outside any reading pane we know, so its sender and subject cannot be placed. */
  'body-found-no-main',
  /** A message-centre page with a buyer's message id, but no message content element. */
  'no-message-content',
  /** Any-page reader: no block carries a sender, a date and a body together. */
  'no-open-message',
  /** The reader itself failed on this page. */
  'read-failed',
] as const;

export type SiteFailureCode = (typeof SITE_FAILURE_CODES)[number];

/** The selector is kept short: it goes through messaging (limit 500) and into bug reports. */
export function unrecognised(code: SiteFailureCode, selector: string): { status: 'unrecognised'; code: SiteFailureCode; selector: string } {
  return { status: 'unrecognised', code, selector: selector.slice(0, 500) };
}
