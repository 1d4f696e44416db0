import { z } from 'zod';

/** Where an inquiry was read. Every reader (site adapter, file parser, paste box) produces the same shape. */
export const InquirySource = z.enum([
  'gmail',
  'outlook',
  'alibaba',
  'made-in-china',
  'global-sources',
  'eml',
  'mbox',
  'paste',
  'page',
]);
export type InquirySource = z.infer<typeof InquirySource>;

export const Address = z.object({
  name: z.string().max(500).default(''),
  address: z.string().max(500).default(''),
});
export type Address = z.infer<typeof Address>;

export const Link = z.object({
  /** What the reader sees. */
  text: z.string().max(2000).default(''),
  /** Where the link really goes. */
  href: z.string().max(8000),
});
export type Link = z.infer<typeof Link>;

export const Attachment = z.object({
  name: z.string().max(1000).default(''),
  mimeType: z.string().max(200).default('application/octet-stream'),
  size: z.number().int().nonnegative().default(0),
});
export type Attachment = z.infer<typeof Attachment>;

/** Fields a B2B platform shows next to the message (the relay address itself says nothing about the buyer). */
export const PlatformFields = z.object({
  buyerName: z.string().max(500).optional(),
  company: z.string().max(500).optional(),
  country: z.string().max(200).optional(),
  quantity: z.string().max(200).optional(),
  product: z.string().max(1000).optional(),
});
export type PlatformFields = z.infer<typeof PlatformFields>;

export const Header = z.object({ key: z.string().max(200), value: z.string().max(20000) });

export const Inquiry = z.object({
  source: InquirySource,
  /** Stable per source: Message-ID, Gmail's legacy id, a platform's inquiry id, or a content hash. */
  id: z.string().min(1).max(1000),
  from: Address,
  replyTo: Address.optional(),
  /** Number of visible To and Cc recipients; an empty To means undisclosed recipients. */
  toCount: z.number().int().nonnegative().default(0),
  ccCount: z.number().int().nonnegative().default(0),
  /** True when the To header is literally "undisclosed-recipients" or absent while Bcc was used. */
  undisclosedRecipients: z.boolean().default(false),
  subject: z.string().max(5000).default(''),
  /** ISO 8601, when known. */
  date: z.string().max(100).optional(),
  /** Plain text the buyer wrote in this message, without quoted history. Never HTML. */
  body: z.string().default(''),
  /** Earlier messages quoted or forwarded below the new text. */
  quoted: z.string().default(''),
  links: z.array(Link).max(20000).default([]),
  attachments: z.array(Attachment).max(1000).default([]),
  platform: PlatformFields.optional(),
  headers: z.array(Header).max(2000).optional(),
  /** Set when the reader could only see part of the message (e.g. a clipped Gmail mail). */
  partial: z.boolean().default(false),
});
export type Inquiry = z.infer<typeof Inquiry>;
export type InquiryInput = z.input<typeof Inquiry>;

/** Build an Inquiry from partial fields, filling defaults. Throws only on programmer error (invalid shape). */
export function makeInquiry(input: InquiryInput): Inquiry {
  return Inquiry.parse(input);
}
