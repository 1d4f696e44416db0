/**
 * Who sent a stored inquiry, for the rep's memory of companies: the buyer's own address, and whether its
 * domain says anything about a company at all.
 */
import { isFreeMail } from '../domains/freemail';
import { platformOf } from '../domains/platforms';
import { domainOfAddress } from '../extract/urls';
import type { Inquiry } from '../inquiry';

/** The buyer's own address: Reply-To for relays, From otherwise. */
export function senderOf(inquiry: Inquiry): { address: string; domain: string } {
  const relay = platformOf(domainOfAddress(inquiry.from.address)) && inquiry.replyTo?.address;
  const address = (relay ? inquiry.replyTo!.address : inquiry.from.address).toLowerCase().trim();
  return { address, domain: domainOfAddress(address) ?? '' };
}

/** Domains shared by unrelated people say nothing about a company: no company memory for them. */
export function isSharedDomain(domain: string): boolean {
  return !domain || isFreeMail(domain) || Boolean(platformOf(domain));
}
