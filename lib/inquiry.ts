import { z } from 'zod';
import { INQUIRY_LIMITS } from './inquiry-limits';
import { OTHER_SOURCES, SITE_IDS } from './site-ids';

export { INQUIRY_LIMITS };
const L = INQUIRY_LIMITS;

/** Where an inquiry was read. Every reader (site adapter, file parser, paste box) produces the same shape. */
export const InquirySource = z.enum([...SITE_IDS, ...OTHER_SOURCES]);
export type InquirySource = z.infer<typeof InquirySource>;

export const Address = z.object({
  name: z.string().max(L.name).default(''),
  address: z.string().max(L.address).default(''),
});
export type Address = z.infer<typeof Address>;

export const Link = z.object({
  /** What the reader sees. */
  text: z.string().max(L.linkText).default(''),
  /** Where the link really goes. */
  href: z.string().max(L.href),
});
export type Link = z.infer<typeof Link>;

export const Attachment = z.object({
  name: z.string().max(L.attachmentName).default(''),
  mimeType: z.string().max(L.mimeType).default('application/octet-stream'),
  size: z.number().int().nonnegative().default(0),
});
export type Attachment = z.infer<typeof Attachment>;

/** Fields a B2B platform shows next to the message (the relay address itself says nothing about the buyer). */
export const PlatformFields = z.object({
  buyerName: z.string().max(L.platformName).optional(),
  company: z.string().max(L.platformCompany).optional(),
  country: z.string().max(L.platformCountry).optional(),
  quantity: z.string().max(L.platformQuantity).optional(),
  product: z.string().max(L.platformProduct).optional(),
});
export type PlatformFields = z.infer<typeof PlatformFields>;

export const Header = z.object({ key: z.string().max(L.headerKey), value: z.string().max(L.headerValue) });

export const Inquiry = z.object({
  source: InquirySource,
  /** Stable per source: Message-ID, Gmail's legacy id, a platform's inquiry id, or a content hash. */
  id: z.string().min(1).max(L.id),
  from: Address,
  replyTo: Address.optional(),
  /** Number of visible To and Cc recipients; an empty To means undisclosed recipients. */
  toCount: z.number().int().nonnegative().default(0),
  ccCount: z.number().int().nonnegative().default(0),
  /** True when the To header is literally "undisclosed-recipients" or absent while Bcc was used. */
  undisclosedRecipients: z.boolean().default(false),
  subject: z.string().max(L.subject).default(''),
  /** ISO 8601, when known. */
  date: z.string().max(L.date).optional(),
  /** Plain text the buyer wrote in this message, without quoted history. Never HTML. */
  body: z.string().default(''),
  /** Earlier messages quoted or forwarded below the new text. */
  quoted: z.string().default(''),
  links: z.array(Link).max(L.links).default([]),
  attachments: z.array(Attachment).max(L.attachments).default([]),
  platform: PlatformFields.optional(),
  headers: z.array(Header).max(L.headers).optional(),
  /** Set when the reader could only see part of the message (e.g. a clipped Gmail mail). */
  partial: z.boolean().default(false),
  /**
   * Paths of the fields a reader had to cut to fit these limits ('from.name', 'subject', 'links.href'…).
   * Padding a field past its limit is itself a sign of evasion, so the judgement can weigh it.
   */
  clipped: z.array(z.string().max(L.clippedName)).max(L.clippedFields).optional(),
});
export type Inquiry = z.infer<typeof Inquiry>;
export type InquiryInput = z.input<typeof Inquiry>;

/** Build an Inquiry from partial fields, filling defaults. Throws only on programmer error (invalid shape). */
export function makeInquiry(input: InquiryInput): Inquiry {
  return Inquiry.parse(input);
}
