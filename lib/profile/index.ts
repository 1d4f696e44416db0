import type { BuyerProfile, InquiryChannel, ScoredHit, SizeHint, Stage } from '../analysis';
import { hasHit as has } from '../signals/types';
import { wordsRegex } from '../text/patterns';
import { countryOfDomain, regionOf } from './region';
import { detectRole } from './role';

const TRADE_SHOW = wordsRegex([
  'canton fair',
  'trade ?show',
  'exhibition',
  'expo',
  'booth',
  'stand (?:no\\.?|number)',
  'fair in [A-Z][a-z]+',
  'met (?:you|your team) at',
  'Messe',
  'feria',
  'salon',
  'выставк\\S{0,3}',
]);
const SOCIAL = wordsRegex([
  '(?:found|saw) (?:you|your (?:company|page|profile|products|post|video))[^.\\n]{0,30}(?:linkedin|instagram|facebook|tiktok|youtube|twitter|wechat|vk)',
  'via (?:linkedin|instagram|facebook|tiktok|whatsapp)',
]);
const AFTER_SALES = wordsRegex([
  'defect(?:s|ive)?',
  'complaint',
  'warranty claim',
  'return(?:ed)? goods',
  'broken on arrival',
  'damaged',
  'reklamation',
  'reclamaci[oó]n',
  'garantia',
  'брак',
]);

export interface ProfileInput {
  hits: readonly ScoredHit[];
  text: string;
  signature: string;
  title?: string;
  /** ISO2 found in the contact details (phone, address) or platform fields. */
  country?: string;
  countryEvidence?: string;
  /** Registrable domains that may carry a ccTLD: the buyer's address, then their website. */
  domains: ReadonlyArray<string | undefined>;
  requestedSample: boolean;
  existingCustomer: boolean;
  /** Largest order quantity and its unit kind, from the product signals. */
  containers?: number;
  maxQuantity?: number;
  monthlyCapacity?: number;
}

function channelOf(input: ProfileInput): InquiryChannel {
  if (has(input.hits, 'relay.platform')) return 'b2b-platform';
  if (has(input.hits, 'relay.web-form')) return 'website-form';
  if (TRADE_SHOW.test(input.text)) return 'trade-show';
  if (SOCIAL.test(input.text)) return 'social-media';
  return 'email';
}

function stageOf(input: ProfileInput): Stage {
  if (AFTER_SALES.test(input.text) && input.existingCustomer) return 'after-sales';
  if (input.existingCustomer) return 'closed';
  const concrete = has(input.hits, 'product.quantity') && (has(input.hits, 'trade.incoterm') || has(input.hits, 'trade.payment'));
  return input.requestedSample || concrete ? 'intent' : 'potential';
}

/**
 * Size by one order against our monthly capacity when the rep set a capacity;
 * otherwise only container loads say something reliable about size.
 */
function sizeOf(input: ProfileInput): { size: SizeHint; evidence?: string } {
  const { maxQuantity, monthlyCapacity, containers } = input;
  if (monthlyCapacity && maxQuantity) {
    const share = maxQuantity / monthlyCapacity;
    const evidence = `${Math.round(share * 100)} % of monthly capacity`;
    if (share > 0.5) return { size: 'large', evidence };
    if (share > 0.2) return { size: 'medium', evidence };
    return { size: 'small', evidence };
  }
  if (containers && containers >= 2) return { size: 'large', evidence: `${containers} containers` };
  if (containers && containers >= 1) return { size: 'medium', evidence: `${containers} container` };
  return { size: 'unknown' };
}

export function buildProfile(input: ProfileInput): BuyerProfile {
  const request = input.hits.find((h) => h.id === 'request.specific' || h.id === 'request.named' || h.id === 'request.thread');
  const role = detectRole({
    title: input.title,
    signature: input.signature,
    text: input.text,
    asksSpecifically: Boolean(request),
    ...(request ? { requestEvidence: request.evidence } : {}),
  });
  let country = input.country;
  let countryEvidence = input.countryEvidence;
  if (!country) {
    for (const d of input.domains) {
      const c = countryOfDomain(d);
      if (c) {
        country = c;
        countryEvidence = d;
        break;
      }
    }
  }
  const size = sizeOf(input);
  const profile: BuyerProfile = {
    role: role.role,
    region: regionOf(country),
    stage: stageOf(input),
    size: size.size,
    channel: channelOf(input),
  };
  if (role.evidence) profile.roleEvidence = role.evidence;
  if (country) profile.country = country;
  if (countryEvidence) profile.countryEvidence = countryEvidence;
  if (size.evidence) profile.sizeEvidence = size.evidence;
  return profile;
}
