/**
 * Size limits of an Inquiry. Readers cut what a page shows to these (lib/sites/clip.ts) so that an
 * over-long field cannot make a message fail validation and escape judgement. They live apart from the
 * zod schema (lib/inquiry.ts) so that the readers do not carry zod into every mail tab.
 */
export const INQUIRY_LIMITS = {
  id: 1000,
  name: 500,
  address: 500,
  subject: 5000,
  date: 100,
  linkText: 2000,
  href: 8000,
  links: 20000,
  attachmentName: 1000,
  mimeType: 200,
  attachments: 1000,
  platformName: 500,
  platformCompany: 500,
  platformCountry: 200,
  platformQuantity: 200,
  platformProduct: 1000,
  headerKey: 200,
  headerValue: 20000,
  headers: 2000,
  clippedFields: 20,
  clippedName: 40,
} as const;
