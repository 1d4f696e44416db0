import { getDomain } from 'tldts';
import { isSharedDomain } from './sender';

// Legal forms differ between a signature ("Acme Trading Co., Ltd.") and a platform field ("ACME TRADING"):
// dropping them lets both land on one company timeline.
const LEGAL_FORM =
  /\b(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|pty|pvt|private|sdn|bhd|jsc|ooo|fze|fzco|fzc|fzllc|est|group|holdings?|international|intl|the)\b/g;

/** A company name reduced to what stays the same however it is written. */
export function normalizeCompany(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKC')
      // "S.r.l." and "SRL" are one legal form: drop dots before splitting on other punctuation.
      .replace(/\./g, '')
      .replace(/[,'’"()&/\\+-]+/g, ' ')
      .replace(LEGAL_FORM, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200)
  );
}

/**
 * The key that groups one buyer's inquiries: the company name when the analysis found one, else the
 * company's own mail domain, else (free mail, platform relays) the sender's address.
 */
export function companyKeyOf(company: string, senderDomain: string, senderAddress: string): string {
  return keyOf(company, senderDomain, senderAddress).slice(0, MAX_COMPANY_KEY);
}

/** The record schema's limit: a 500-character sender address behind "address:" would not fit, and the verdict would not be saved. */
const MAX_COMPANY_KEY = 320;

function keyOf(company: string, senderDomain: string, senderAddress: string): string {
  const name = normalizeCompany(company);
  if (name.length >= 3) return `name:${name}`;
  if (senderDomain && !isSharedDomain(senderDomain)) return `domain:${getDomain(senderDomain) ?? senderDomain}`;
  return senderAddress ? `address:${senderAddress}` : '';
}
