export { htmlToText } from './html-to-text';
export type { HtmlLink, HtmlText } from './html-to-text';
export { splitQuoted, isForwardSubject } from './quotes';
export type { QuoteSplit, SplitOptions } from './quotes';
export { parseEml, MAX_MAIL_BYTES, MAX_BODY_CHARS } from './eml';
export type { ParseEmlOptions, ParseError, ParseErrorCode, ParseResult } from './eml';
export { extractPlatformFields } from './platform-fields';
export { parseMbox, splitMbox } from './mbox';
export type { MboxEntry, ParseMboxOptions } from './mbox';
