/** The bench's typical inquiry, shared by the Node bench (bench.ts) and the in-browser one (bench-browser.ts). */
import type { Inquiry } from '../lib/inquiry';
import { makeInquiry } from '../lib/inquiry';

export const TYPICAL = `Hi Cindy,

I found your company through the DLC listing and your website. Harborline Electric Supply is an
electrical distributor with 14 branches in Ohio, Indiana and Michigan; we sell mainly to electrical
contractors and facility maintenance teams.

We are moving our private-label T8 program to a new factory and would like a quote on:
1) LX-T8-1200-18W, 4 ft, Type A+B, frosted lens, 4000K and 5000K - 12,000 pcs
2) LX-T8-600-9W, 2 ft, same configuration, 5000K only - 6,000 pcs

Requirements:
- UL or ETL listing (please send the file number) and DLC Standard listing
- 5-year warranty, 25 pcs per master carton, individual sleeve printed with our logo
- FOB Shenzhen, 40HQ. Two shipments about 8 weeks apart
- Payment: 30% T/T deposit, balance against copy of B/L

Please advise lead time for the first order and send the ballast compatibility list.
We would like 2 pcs of each model for testing. We will pay for the samples - please ship on our
FedEx account 5127-0934-2 and send me a PI for the sample cost.

Best regards,

Mark Delaney
Product Manager - Lighting
Harborline Electric Supply, Inc.
2250 Commerce Park Dr, Toledo, OH 43612, USA
Tel: +1 419 555 0182 | Fax: +1 419 555 0190
www.harborline-electric.example
`;

export function inquiry(body: string, links: Inquiry['links'] = []): Inquiry {
  return makeInquiry({
    source: 'eml',
    id: `bench-${body.length}`,
    from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
    toCount: 1,
    subject: 'RFQ - T8 LED tubes LX-T8-1200-18W / LX-T8-600-9W - UL listed',
    body,
    links,
  });
}

export function typical3kb(): Inquiry {
  let body = TYPICAL;
  while (body.length < 3000) body += '\nPlease also quote the 3000K version and confirm the warranty terms in writing.';
  return inquiry(body);
}
