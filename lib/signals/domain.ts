import { isPlatformSite } from '../site-ids';
import { lookAlikeOf, officialBrand } from '../domains/brands';
import { isDisposable, isFreeMail } from '../domains/freemail';
import { PLATFORMS, platformOf } from '../domains/platforms';
import { ABUSED_HOSTS, hostIn, SHORTENERS, SOCIAL } from '../domains/web';
import type { FoundUrl } from '../extract/urls';
import { defang, domainOfAddress, extractUrls, orgLabel, spelledForDomain } from '../extract/urls';
import { contactFacts, registeredName } from './contact';
import { platformShown } from './envelope';
import type { Signal, SignalContext, SignalHit } from './types';
import { hit } from './types';

/** Local parts our own website's mailer uses when it relays a contact form. */
const FORM_MAILER =
  /^(?:no-?reply|do-?not-?reply|wordpress|webform|forms?|website|contactform|webmaster|mailer|formmail|php-?mailer)(?:[._+-][a-z0-9]{0,20})?$/i;
/** Addresses people also use by hand: a relay only when the body looks like a form submission. */
const SHARED_MAILBOX = /^(?:contact|info|sales|web|enquiry|inquiry|notifications?)(?:[._+-][a-z0-9]{0,20})?$/i;
const FORM_FIELDS =
  /(?:^|\n)\s{0,4}(?:name|your name|from|e-?mail|phone|company|country|message|message body|subject|nombre|nome|correo|mensaje|mensagem|nachricht|姓名|邮箱|留言)\s{0,3}[:：]/gi;
const FORM_FOOTER = /(?:sent|submitted) (?:from|via|through|using) (?:a |the |your )?(?:contact|web|website|online|enquiry|inquiry)? ?form/i;

/** Universities, schools and governments are not companies: their domain earns no company credit. */
export const INSTITUTIONAL = /(?:^|\.)(?:edu|ac|gov|gob|govt|mil|k12|sch|school|uni)(?:\.[a-z]{2})?$|\.edu\.[a-z]{2}$|\.gov\.[a-z]{2}$/i;

/**
 * Whether a domain's name can stand for the company: a word of the name in it ("harborline-electric",
 * "enron"), the start of one ("tecm" for Tecmar), the name's initials ("hes" for Harborline Electric
 * Supply), or the whole name. A rep sees "Pacific Hospital Supply Co., Ltd." writing from "jyshemgde.com"
 * at once: the name and the domain have nothing to do with each other.
 */
export function nameFitsDomain(company: string, label: string): boolean {
  const words = spelledForDomain(company)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const l = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!l || !words.length) return true;
  const joined = words.join('');
  if (joined.includes(l) || l.includes(joined)) return true;
  if (words.some((w) => w.length >= 3 && (l.includes(w.slice(0, 4)) || w.startsWith(l.slice(0, 3))))) return true;
  const initials = words.map((w) => w[0]).join('');
  return initials.length >= 2 && (l.startsWith(initials.slice(0, 3)) || initials.includes(l));
}

export interface SenderView {
  fromDomain: string | null;
  replyToDomain: string | null;
  /** The buyer's own address: Reply-To for relays, From otherwise ('' when a platform hides it). */
  buyerAddress: string;
  buyerDomain: string | null;
  relay: 'platform' | 'web-form' | null;
  platformName?: string;
  ownMail: boolean;
}

/** One of the rep's own company domains (Settings). */
export function isOwn(domain: string | null, ctx: SignalContext): boolean {
  return Boolean(domain) && ctx.settings.ownDomains.some((d) => d.toLowerCase().replace(/^www\./, '') === domain);
}

function looksLikeForm(ctx: SignalContext): boolean {
  if (FORM_FOOTER.test(ctx.body.slice(-2000))) return true;
  FORM_FIELDS.lastIndex = 0;
  let n = 0;
  while (FORM_FIELDS.exec(ctx.body.slice(0, 5000)) && n < 3) n++;
  return n >= 2;
}

/** Who really wrote: relays (platforms, our own site's form) carry the buyer behind another address. */
export function senderView(ctx: SignalContext): SenderView {
  return ctx.memo('sender', () => {
    const { replyTo } = ctx.inquiry;
    // Some mailers swap name and address ("x@acme.co <Wasim>"): the address is the one with an @.
    const from =
      ctx.inquiry.from.address.includes('@') || !ctx.inquiry.from.name.includes('@')
        ? ctx.inquiry.from
        : { name: ctx.inquiry.from.address, address: ctx.inquiry.from.name.trim() };
    const fromDomain = domainOfAddress(from.address);
    const replyToDomain = domainOfAddress(replyTo?.address);
    // Read from a platform's own message centre, the sender shown is the buyer, behind the platform.
    const siteSource = isPlatformSite(ctx.inquiry.source);
    const platform = platformOf(fromDomain) ?? (siteSource ? PLATFORMS.find((p) => p.id === ctx.inquiry.source) : undefined);
    const local = from.address.split('@')[0] ?? '';
    const own = isOwn(fromDomain, ctx);
    const replyElsewhere = Boolean(replyToDomain && replyToDomain !== fromDomain);
    const formRelay = !platform && replyElsewhere && (FORM_MAILER.test(local) || (SHARED_MAILBOX.test(local) && (own || looksLikeForm(ctx))));
    const view: SenderView = {
      fromDomain,
      replyToDomain,
      buyerAddress: '',
      buyerDomain: null,
      relay: platform ? 'platform' : formRelay ? 'web-form' : null,
      ownMail: own && !formRelay,
    };
    if (platform) view.platformName = platform.name;
    if (siteSource) view.buyerAddress = from.address;
    else if (view.relay) {
      const rt = replyTo?.address ?? '';
      view.buyerAddress = replyToDomain && !platformOf(replyToDomain) ? rt : '';
    } else view.buyerAddress = from.address;
    view.buyerDomain = domainOfAddress(view.buyerAddress);
    return view;
  });
}

/** Links that could be the buyer's own company website. */
export function companyWebsites(ctx: SignalContext): FoundUrl[] {
  // A form relay comes from our own site: its links are ours, not the buyer's.
  const relayDomain = senderView(ctx).relay === 'web-form' ? senderView(ctx).fromDomain : null;
  return ctx.memo('websites', () =>
    extractUrls(ctx).filter(
      (u) =>
        u.domain &&
        u.domain !== relayDomain &&
        !u.isIp &&
        !isFreeMail(u.domain, ctx.settings.extraFreeMailDomains) &&
        !platformOf(u.domain) &&
        !isOwn(u.domain, ctx) &&
        !officialBrand(u.domain) &&
        !hostIn(SOCIAL, u.host, u.domain) &&
        !hostIn(SHORTENERS, u.host, u.domain) &&
        !hostIn(ABUSED_HOSTS, u.host, u.domain) &&
        !lookAlikeOf(u.domain) &&
        !opaque(u) &&
        // Tracking redirects and unsubscribe links belong to mailing tools, not to the buyer.
        !/(?:unsubscribe|click|track|redirect|list-manage|sendgrid|mailchimp|emailmarketing)/i.test(u.host + u.href.slice(0, 200)),
    ),
  );
}

/** Campaign and tracking links carry long opaque paths; a company's website link does not. */
function opaque(u: FoundUrl): boolean {
  const path = u.href.replace(/^(?:https?:\/\/)?[^/?#]+/i, '');
  return path.length > 80 || /[A-Za-z0-9_-]{24,}/.test(path) || /\.php(?:[?#]|$)/i.test(path);
}

const readable = (u: FoundUrl) => (u.source === 'link' ? defang(u.href) : u.href.slice(0, 120));

export const domainSignal: Signal = {
  name: 'domain',
  run(ctx) {
    const hits: SignalHit[] = [];
    const v = senderView(ctx);
    if (v.ownMail) return [hit(ctx, 'meta.own-domain', `${ctx.inquiry.from.address} is one of your own domains`)];
    if (v.relay === 'platform')
      hits.push(hit(ctx, 'relay.platform', `${ctx.inquiry.from.address || ctx.inquiry.source} (${v.platformName})`, { platform: v.platformName ?? '' }));
    if (v.relay === 'web-form')
      hits.push(hit(ctx, 'relay.web-form', `${ctx.inquiry.from.address} → reply to ${v.buyerAddress}`, { buyerAddress: v.buyerAddress }));

    const p = ctx.inquiry.platform;
    if (v.relay === 'platform' && p && (p.company || p.country)) {
      hits.push(hit(ctx, 'relay.platform-fields', [p.company, p.country].filter(Boolean).join(', '), { company: p.company ?? '', country: p.country ?? '' }));
    }

    const bd = v.buyerDomain;
    const free = isFreeMail(bd, ctx.settings.extraFreeMailDomains);
    const disposable = isDisposable(bd);
    const sites = companyWebsites(ctx);
    const matching = bd && !free ? sites.find((s) => s.domain === bd) : undefined;
    // Universities, schools and governments are not companies: their domain earns no company credit.
    const companyDomain = bd && !free && !disposable && !INSTITUTIONAL.test(bd) ? bd : null;
    // Only the sender's own site is a website: the same domain, or the site their signature presents.
    // Other links (a product page, a brand the mail quotes, a phishing page) prove nothing about the buyer.
    // A signature presents a home page, not a file deep inside someone's site.
    const homePage = (u: FoundUrl) => !/\/[^/?#]+\/[^/?#]|\.(?:pdf|docx?|xlsx?|zip|png|jpe?g)(?:[?#]|$)/i.test(u.href.replace(/^(?:https?:\/\/)?[^/]+/i, ''));
    const sig = matching || !sites.length ? '' : ctx.signature.toLowerCase();
    const signed = matching ? undefined : sites.find((s) => sig && homePage(s) && sig.includes(s.host.replace(/^www\./, '')));

    if (matching) {
      hits.push(hit(ctx, 'website.present', readable(matching), { domain: matching.domain ?? '' }));
      hits.push(hit(ctx, 'domain.match', `${v.buyerAddress} \u2194 ${matching.host}`, { domain: bd ?? '' }));
    } else if (signed) {
      hits.push(hit(ctx, 'website.present', readable(signed), { domain: signed.domain ?? '' }));
      if (companyDomain) hits.push(hit(ctx, 'domain.website-mismatch', `${v.buyerAddress} \u2194 ${signed.host}`, { domain: companyDomain }));
    }
    if (!matching && !signed && companyDomain) {
      // The domain vouches for the company only if it can be the company's: not a stranger's name.
      const company = contactFacts(ctx).company;
      if (company && registeredName(company) && !nameFitsDomain(company, orgLabel(companyDomain)))
        hits.push(hit(ctx, 'domain.name-mismatch', `${company} \u2194 ${v.buyerAddress}`, { domain: companyDomain, company }));
      else hits.push(hit(ctx, 'domain.company', `${v.buyerAddress} (company domain ${companyDomain})`, { domain: companyDomain }));
    }
    // Free mail already says there is no company address; only a sender with no address at all lacks both.
    if (!matching && !signed && !v.relay && !bd && !platformShown(ctx)) hits.push(hit(ctx, 'domain.no-website', 'No company website and no sender address'));
    if (disposable) hits.push(hit(ctx, 'domain.disposable', v.buyerAddress));
    else if (free) hits.push(hit(ctx, 'domain.free-mail', v.buyerAddress, { domain: bd ?? '' }));

    // Replies diverted to another organisation are a scam mechanism (signals/lure.ts); here only the
    // milder case of one organisation on two suffixes (acme.com → acme.de).
    if (!v.relay && v.replyToDomain && v.fromDomain && v.replyToDomain !== v.fromDomain && orgLabel(v.replyToDomain) === orgLabel(v.fromDomain)) {
      hits.push(hit(ctx, 'domain.reply-to-mismatch', `From ${ctx.inquiry.from.address}, Reply-To ${ctx.inquiry.replyTo?.address ?? ''}`));
    }

    // Look-alikes anywhere: sender, Reply-To, and every linked or written domain.
    const candidates = [v.fromDomain, v.replyToDomain, ...extractUrls(ctx).map((u) => u.domain)];
    for (const d of candidates) {
      const la = d ? lookAlikeOf(d) : undefined;
      if (la) {
        hits.push(hit(ctx, 'domain.lookalike', `${la.domain} imitates ${la.brand.name}`, { brand: la.brand.name, domain: la.domain }));
        break;
      }
    }
    return hits;
  },
};
