import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '../lib/sites/page-reader';

/** Injected on demand ("Analyse this page"); leaves its result where the background's next call reads it. */
export default defineUnlistedScript(() => {
  (globalThis as unknown as { __inquiryLensPage?: unknown }).__inquiryLensPage = readPage(document, new URL(location.href));
});
