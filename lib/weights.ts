/**
 * The one table of signal weights. Every point of the score comes from a row here, so a rep can read,
 * disagree with and override (Settings.weightOverrides) any judgement.
 *
 * kind:
 *   positive / negative — adds to or subtracts from the score.
 *   scam — subtracts and sets `risk`; a risky inquiry is capped below the `low` band threshold.
 *   info — weight 0, recorded for the rep and for the profile (e.g. the mail came through a platform relay).
 * group: hits in one group add up to at most `GROUP_CAPS[group]` (absolute), so ten model numbers do not
 *   outweigh the absence of any company information.
 */
import type { Settings } from './settings';
import { learnedWeights } from './settings';
import { FITTED } from './weights.fitted';

export type SignalKind = 'positive' | 'negative' | 'scam' | 'info';
export type SignalGroup = 'website' | 'product' | 'trade' | 'contact' | 'vague' | 'scam' | 'relay' | 'request' | 'memory' | 'meta' | 'online';

export interface WeightRow {
  weight: number;
  kind: SignalKind;
  group: SignalGroup;
  /** One line, English, shown when the UI has no translation yet; the UI translates by id. */
  why: string;
}

/** Where a new, unknown sender starts before any evidence is counted, as set by hand. */
export const HAND_BASELINE = 30;

/** Scores of inquiries with any scam signal are capped here (below the 35 of the medium band). */
export const RISK_CAP = 25;

/**
 * Band lines on the calibrated score (lib/score.ts), so each reads as a share of real buyers among
 * labelled mail like it: `high` from 88 %, `medium` from 35 %. Why so high a line for `high`: a rep acts
 * on it at once, and the labelled vague mail from real companies (a catalogue request signed in full, an
 * engineer "planning to buy" with no quantity) reaches estimates in the low 80s. 88 is where the hand
 * set line of 70 evidence points falls on the shipped calibration; `npm run fit` prints where the lines
 * fall after a refit.
 */
export const BANDS = { high: 88, medium: 35 } as const;

export const GROUP_CAPS: Record<SignalGroup, number> = {
  website: 30,
  product: 28,
  trade: 24,
  contact: 20,
  vague: 40,
  scam: 100,
  relay: 0,
  request: 30,
  memory: 30,
  meta: 10,
  // What the rep's "Check online" found about the sender's domain: real, but no substitute for what the mail says.
  online: 20,
};

/**
 * The weights as set by hand from what a veteran rep checks in an inquiry. They are the prior of the fit
 * (`npm run fit`, lib/fit/): the fitted table moves a weight only as far as the labelled mail carries it.
 */
export const HAND_WEIGHTS = {
  // 1–2. Website and domain
  'website.present': { weight: 12, kind: 'positive', group: 'website', why: 'The buyer names a company website.' },
  'domain.match': { weight: 12, kind: 'positive', group: 'website', why: 'The sender writes from the same domain as the website they give.' },
  'domain.company': { weight: 12, kind: 'positive', group: 'website', why: 'The sender writes from a company domain, not free webmail.' },
  'domain.website-mismatch': { weight: -6, kind: 'negative', group: 'website', why: 'The website given is on a different domain than the sender address.' },
  'domain.name-mismatch': {
    weight: -8,
    kind: 'negative',
    group: 'website',
    why: 'The company the sender signs for has nothing to do with the domain they write from.',
  },
  'domain.no-website': { weight: -6, kind: 'negative', group: 'website', why: 'No company website in the mail, and written from no company domain.' },
  'domain.free-mail': { weight: -8, kind: 'negative', group: 'website', why: 'Written from free webmail; a company buyer usually has a company address.' },
  'domain.disposable': { weight: -20, kind: 'negative', group: 'website', why: 'Written from a throw-away (disposable) mailbox.' },
  'domain.reply-to-mismatch': { weight: -4, kind: 'negative', group: 'website', why: 'Replies would go to the same organisation on another domain ending.' },
  'domain.lookalike': { weight: -45, kind: 'scam', group: 'scam', why: 'A domain imitates a well-known brand that phishers copy.' },

  // Relays: the relay address says nothing about the buyer; judge the buyer fields instead.
  'relay.platform': { weight: 0, kind: 'info', group: 'relay', why: 'Sent through a B2B platform: the sender address is the platform\u2019s.' },
  'relay.web-form': { weight: 0, kind: 'info', group: 'relay', why: 'Sent through a website contact form.' },
  'relay.platform-fields': { weight: 6, kind: 'positive', group: 'contact', why: 'The platform shows the buyer\u2019s company and country.' },

  // How real buyers write: a named thing asked for, a real conversation, a person on both ends.
  'request.specific': {
    weight: 22,
    kind: 'positive',
    group: 'request',
    why: 'Asks for a price, quote or purchase of something it names with a model, quantity or amount.',
  },
  'request.named': {
    weight: 10,
    kind: 'positive',
    group: 'request',
    why: 'Asks for a price or purchase of a thing it names, without a model, quantity or amount.',
  },
  'request.procurement': {
    weight: 8,
    kind: 'positive',
    group: 'request',
    why: 'Refers to its own request for proposal, quotation or bids by name, number, deadline or attached document.',
  },
  'request.thread': { weight: 10, kind: 'positive', group: 'request', why: 'Replies within a real conversation, with its earlier messages.' },
  'request.named-greeting': { weight: 6, kind: 'positive', group: 'request', why: 'Greets a person by name, not \u201cDear Sir\u201d.' },
  'request.signed': { weight: 6, kind: 'positive', group: 'request', why: 'Signs with the name the sender address carries.' },

  // 3. Product
  'product.catalog': { weight: 16, kind: 'positive', group: 'product', why: 'Names a model from your own catalog.' },
  'product.model': { weight: 10, kind: 'positive', group: 'product', why: 'Names an exact model or part number.' },
  'product.quoted': { weight: 0, kind: 'info', group: 'product', why: 'Names a model only in the earlier messages it replies to.' },
  'product.quantity': { weight: 8, kind: 'positive', group: 'product', why: 'Gives a quantity with a unit.' },
  'product.spec': { weight: 6, kind: 'positive', group: 'product', why: 'States technical specifications.' },
  'product.industry': { weight: 4, kind: 'positive', group: 'product', why: 'Uses words of your industry.' },

  // 4. Trade vocabulary
  'trade.incoterm': { weight: 8, kind: 'positive', group: 'trade', why: 'Uses an Incoterm with a named place or port.' },
  'trade.incoterm-bare': { weight: 4, kind: 'positive', group: 'trade', why: 'Uses an Incoterm without naming the place.' },
  'trade.payment': { weight: 6, kind: 'positive', group: 'trade', why: 'States payment terms.' },
  'trade.destination': { weight: 3, kind: 'positive', group: 'trade', why: 'Names the destination port or country.' },
  'trade.lead-time': { weight: 3, kind: 'positive', group: 'trade', why: 'Asks about or sets a lead time or delivery date.' },
  'trade.packaging': { weight: 3, kind: 'positive', group: 'trade', why: 'Specifies packaging or cartons.' },
  'trade.oem': { weight: 3, kind: 'positive', group: 'trade', why: 'Asks for OEM/ODM or private label.' },
  'trade.certificate': { weight: 4, kind: 'positive', group: 'trade', why: 'Asks for certificates or standards.' },
  'trade.hs-code': { weight: 3, kind: 'positive', group: 'trade', why: 'Mentions an HS code.' },
  'trade.moq': { weight: 2, kind: 'positive', group: 'trade', why: 'Asks about the minimum order quantity.' },
  'trade.target-price': { weight: 3, kind: 'positive', group: 'trade', why: 'Gives a target price.' },

  // 5. Contact completeness
  'contact.company-name': { weight: 5, kind: 'positive', group: 'contact', why: 'Gives a full company name.' },
  'contact.address': { weight: 5, kind: 'positive', group: 'contact', why: 'Gives a street address.' },
  'contact.landline': { weight: 5, kind: 'positive', group: 'contact', why: 'Gives a landline telephone number.' },
  'contact.fax': { weight: 2, kind: 'positive', group: 'contact', why: 'Gives a fax number.' },
  'contact.title': { weight: 4, kind: 'positive', group: 'contact', why: 'Signs with a job title.' },
  'contact.registration': { weight: 3, kind: 'positive', group: 'contact', why: 'Gives a company registration or tax number.' },
  'contact.mobile-only': { weight: -3, kind: 'negative', group: 'contact', why: 'Only a mobile number, no landline.' },
  'contact.no-signature': { weight: -5, kind: 'negative', group: 'contact', why: 'No signature with company details.' },

  // 6. Vagueness
  'vague.generic-phrase': { weight: -10, kind: 'negative', group: 'vague', why: 'Generic inquiry wording that fits any supplier.' },
  'vague.large-quantity': { weight: -6, kind: 'negative', group: 'vague', why: '\u201cLarge quantity\u201d without any number.' },
  'vague.all-products': { weight: -8, kind: 'negative', group: 'vague', why: 'Asks for the whole catalogue or prices of all products.' },
  'vague.no-product': { weight: -8, kind: 'negative', group: 'vague', why: 'No product is named.' },
  'vague.undisclosed-recipients': { weight: -8, kind: 'negative', group: 'vague', why: 'Sent to undisclosed recipients: a mass mailing.' },
  'vague.cost-fishing': { weight: -15, kind: 'negative', group: 'vague', why: 'Fishes for costs, suppliers or customers rather than buying.' },
  'vague.free-samples': { weight: -8, kind: 'negative', group: 'vague', why: 'Demands free samples up front.' },
  'vague.no-content': {
    weight: -20,
    kind: 'negative',
    group: 'vague',
    why: 'An empty mail with nothing attached: only the subject says what is wanted.',
  },
  'vague.very-short': { weight: -6, kind: 'negative', group: 'vague', why: 'A very short message with nothing specific.' },
  'vague.dear-sir': { weight: -3, kind: 'negative', group: 'vague', why: '\u201cDear Sir/Madam\u201d with no specifics.' },
  'vague.urgency': { weight: -3, kind: 'negative', group: 'vague', why: 'Pushes urgency without any specifics.' },
  'vague.sales-pitch': { weight: -15, kind: 'negative', group: 'vague', why: 'Sells something to you (services, leads, marketing) rather than buying.' },
  'vague.no-buying-intent': {
    weight: -10,
    kind: 'negative',
    group: 'vague',
    why: 'Neither names a product nor asks for a price, quotation, catalogue or sample.',
  },
  'vague.bulk-mail': {
    weight: -25,
    kind: 'negative',
    group: 'vague',
    why: 'A newsletter or list mailing (unsubscribe footer): written to everyone, not to you.',
  },
  'vague.stranger': { weight: -6, kind: 'negative', group: 'vague', why: 'Several marks of a mass mailing from a stranger.' },
  'vague.exclusive': { weight: -5, kind: 'negative', group: 'vague', why: 'Asks for exclusivity or distributorship before any order.' },

  // Scam and phishing: any of these flags the mail as a risk, whatever else it says.
  'scam.link-mismatch': { weight: -35, kind: 'scam', group: 'scam', why: 'A link shows one address but goes to another.' },
  'scam.credential-link': { weight: -35, kind: 'scam', group: 'scam', why: 'A link leads to a login or document-view page.' },
  'scam.shortener': { weight: -20, kind: 'scam', group: 'scam', why: 'A link hides its target behind a URL shortener.' },
  'scam.ip-host': { weight: -30, kind: 'scam', group: 'scam', why: 'A link points to a raw IP address.' },
  'scam.risky-attachment': { weight: -40, kind: 'scam', group: 'scam', why: 'An attachment of a type used to deliver malware or phishing pages.' },
  'scam.money-first': { weight: -40, kind: 'scam', group: 'scam', why: 'Asks for money or fees before any business.' },
  'scam.advance-fee': { weight: -45, kind: 'scam', group: 'scam', why: 'Advance-fee story: funds, investment or partnership offers from strangers.' },
  'scam.pressure': { weight: -15, kind: 'scam', group: 'scam', why: 'Threats or deadlines that push you to act without checking.' },
  'scam.fake-notification': { weight: -40, kind: 'scam', group: 'scam', why: 'Looks like a platform, courier or bank notice but is not from them.' },
  'scam.bigco-free-mail': { weight: -30, kind: 'scam', group: 'scam', why: 'Claims to buy for a famous company but writes from free webmail.' },
  'scam.missing-attachment': {
    weight: -8,
    kind: 'negative',
    group: 'vague',
    why: 'Refers to an attached order, drawing or payment copy that is not attached (forwards and lists drop attachments, so alone this is weak).',
  },
  'scam.reply-diverted': { weight: -35, kind: 'scam', group: 'scam', why: 'Replies go to a different organisation than the one that sent the mail.' },
  'scam.quote-diverted': {
    weight: -35,
    kind: 'scam',
    group: 'scam',
    why: 'The text asks you to send your quotation or reply to an address of another party than the one that sent the mail.',
  },
  'scam.lookalike-company': {
    weight: -40,
    kind: 'scam',
    group: 'scam',
    why: 'A domain imitates a company the mail itself names (a letter changed, a word added).',
  },
  'scam.forged-origin': {
    weight: -35,
    kind: 'scam',
    group: 'scam',
    why: "The machine that sent the mail called itself by the sender's own domain, but it has no name there (a rented server, not the company's mail server).",
  },
  'scam.abused-tld': {
    weight: -12,
    kind: 'negative',
    group: 'vague',
    why: 'Sent from a top-level domain that was given away free and is used mostly for abuse (also the country code of Mali, Gabon, Tokelau…).',
  },
  'scam.lure': {
    weight: -35,
    kind: 'scam',
    group: 'scam',
    why: 'A stranger asks you to open a document, confirm a payment or follow up an order you never had.',
  },
  'scam.bulk-advert': {
    weight: -30,
    kind: 'scam',
    group: 'scam',
    why: 'An advertisement sent in bulk (unsubscribe footer, hidden recipients or a throw-away mailbox): spam, not a buyer.',
  },
  'scam.padded-field': {
    weight: -30,
    kind: 'scam',
    group: 'scam',
    why: 'A sender name, subject or file name padded far beyond what anyone writes, to hide the real one.',
  },
  'scam.password': { weight: -35, kind: 'scam', group: 'scam', why: 'Gives or asks for a password in the mail.' },
  'scam.vendor-registration': { weight: -30, kind: 'scam', group: 'scam', why: 'Asks you to register as a vendor or log in to see the order.' },
  'scam.sender-spoof': { weight: -30, kind: 'scam', group: 'scam', why: 'The display name claims an address or brand the sender does not have.' },

  // Memory of earlier inquiries: repeat senders, mass-mailed templates, known companies.
  'memory.existing-contact': { weight: 15, kind: 'positive', group: 'memory', why: 'You have replied to, quoted or sold to this sender or company before.' },
  'memory.confirmed-scam': { weight: -50, kind: 'scam', group: 'scam', why: 'This sender or domain was confirmed as a scam before.' },
  'memory.mass-template': { weight: -12, kind: 'negative', group: 'vague', why: 'The same text arrived from several senders.' },

  // Meta
  'meta.own-domain': { weight: 0, kind: 'info', group: 'meta', why: 'Sent from your own domain: a colleague, not an inquiry.' },
  'meta.language': { weight: 0, kind: 'info', group: 'meta', why: 'The language the inquiry is written in.' },
  'meta.existing-customer': { weight: 15, kind: 'positive', group: 'memory', why: 'Marked as an existing customer.' },
  'meta.reorder': { weight: 8, kind: 'positive', group: 'memory', why: 'Refers to an earlier order with you.' },

  // Online checks, only when the rep asks (lib/online/): the sender's website, domain age and mail server.
  'online.site-names-company': {
    weight: 8,
    kind: 'positive',
    group: 'online',
    why: 'The sender\u2019s website is live and names the company or the products asked about.',
  },
  'online.site-live': { weight: 3, kind: 'positive', group: 'online', why: 'The sender\u2019s website is live, but does not name the company.' },
  'online.site-parked': { weight: -15, kind: 'negative', group: 'online', why: 'The sender\u2019s domain shows a parked or for-sale page, not a company.' },
  'online.site-redirects-elsewhere': { weight: -5, kind: 'negative', group: 'online', why: 'The sender\u2019s website sends visitors to another domain.' },
  'online.domain-young': { weight: -12, kind: 'negative', group: 'online', why: 'The sender\u2019s domain was registered less than a year ago.' },
  'online.domain-old': { weight: 6, kind: 'positive', group: 'online', why: 'The sender\u2019s domain was registered five or more years ago.' },
  'online.domain-age': { weight: 0, kind: 'info', group: 'online', why: 'When the sender\u2019s domain was registered.' },
  'online.no-mx': { weight: -10, kind: 'negative', group: 'online', why: 'The sender\u2019s domain cannot receive mail (no mail server), or does not exist.' },
  'online.no-mail-auth': {
    weight: -3,
    kind: 'negative',
    group: 'online',
    why: 'The sender\u2019s domain publishes neither SPF nor DMARC, so anyone can send mail in its name.',
  },
  'online.mail-server': { weight: 0, kind: 'info', group: 'online', why: 'The sender\u2019s domain has a mail server.' },
  'online.unchecked': { weight: 0, kind: 'info', group: 'online', why: 'An online check could not be made; nothing was counted for it.' },
} as const satisfies Record<string, WeightRow>;

export type SignalId = keyof typeof HAND_WEIGHTS;

export const SIGNAL_IDS = Object.keys(HAND_WEIGHTS) as SignalId[];

/**
 * The shipped table: the fitted weights (lib/weights.fitted.ts, written by `npm run fit`) when the fit
 * was adopted, that is when its cross-validated figures were at least as good as the hand weights' on
 * the real mail; otherwise the hand weights. Kind, group and explanation always come from the hand table.
 */
export const WEIGHTS: Readonly<Record<SignalId, WeightRow>> = Object.fromEntries(
  SIGNAL_IDS.map((id) => {
    const fitted = FITTED.adopted ? (FITTED.weights as Partial<Record<string, number>>)[id] : undefined;
    return [id, fitted === undefined ? HAND_WEIGHTS[id] : { ...HAND_WEIGHTS[id], weight: fitted }];
  }),
) as Record<SignalId, WeightRow>;

/** Where a new, unknown sender starts before any evidence is counted. */
export const BASELINE: number = FITTED.adopted ? FITTED.baseline : HAND_BASELINE;

export function isSignalId(id: string): id is SignalId {
  return Object.prototype.hasOwnProperty.call(WEIGHTS, id);
}

/**
 * Effective weights: the rep's own overrides, else what their outcomes taught (`learned`, see
 * lib/fit/recalibrate.ts), else the shipped table. A rep who set a weight by hand meant it, so it wins.
 * Unknown ids are ignored.
 */
export function effectiveWeights(overrides: Record<string, number> = {}, learned: Record<string, number> = {}): Record<SignalId, number> {
  const out = {} as Record<SignalId, number>;
  const ok = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const id of SIGNAL_IDS) {
    const o = overrides[id];
    const l = learned[id];
    out[id] = ok(o) ? o : ok(l) ? l : WEIGHTS[id].weight;
  }
  return out;
}

/** Settings objects are replaced, never changed in place: their effective weights are computed once each. */
const WEIGHTS_OF = new WeakMap<object, Record<SignalId, number>>();

/** The weights the rep's settings ask for: their own overrides, then what their outcomes taught, then the shipped table. */
export function weightsFor(settings: Pick<Settings, 'weightOverrides' | 'recalibration'>): Record<SignalId, number> {
  let w = WEIGHTS_OF.get(settings);
  if (!w) {
    w = effectiveWeights(settings.weightOverrides, learnedWeights(settings).weights);
    WEIGHTS_OF.set(settings, w);
  }
  return w;
}
