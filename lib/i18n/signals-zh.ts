import type { SignalId } from '../weights';
import { ONLINE_PHRASES_ZH } from './online-evidence-zh';

/** 每个信号的一句话说明（简体中文）。英文说明在 lib/weights.ts。 */
export const SIGNAL_WHY_ZH: Record<SignalId, string> = {
  'website.present': '买家留了公司网站。',
  'domain.match': '发件邮箱与所留网站是同一个域名。',
  'domain.company': '用公司域名邮箱发信，而不是免费邮箱。',
  'domain.website-mismatch': '所留网站与发件邮箱不是同一个域名。',
  'domain.name-mismatch': '署名的公司名称与发件邮箱的域名毫无关系。',
  'domain.no-website': '邮件里没有任何公司网站。',
  'domain.free-mail': '使用免费邮箱发信；真正的公司买家一般用公司邮箱。',
  'domain.disposable': '使用一次性（临时）邮箱发信。',
  'domain.reply-to-mismatch': '回复会发到同一机构的另一个域名后缀。',
  'domain.lookalike': '域名在模仿钓鱼者常冒充的知名品牌。',
  'relay.platform': '通过 B2B 平台转发：发件地址属于平台，不代表买家。',
  'relay.web-form': '通过网站留言表单转发。',
  'relay.platform-fields': '平台显示了买家的公司和国家。',
  'product.catalog': '提到了你产品目录中的型号。',
  'product.model': '提到了具体型号或零件号。',
  'product.quoted': '只在所回复的往来邮件中提到型号。',
  'product.quantity': '给出了带单位的数量。',
  'product.spec': '写明了技术参数。',
  'product.industry': '使用了你所在行业的词汇。',
  'trade.incoterm': '使用了贸易术语并写明了地点或港口。',
  'trade.incoterm-bare': '使用了贸易术语，但没写地点。',
  'trade.payment': '写明了付款方式。',
  'trade.destination': '写明了目的港或目的国。',
  'trade.lead-time': '询问或要求了交货期。',
  'trade.packaging': '对包装或外箱有要求。',
  'trade.oem': '要求 OEM/ODM 或贴牌。',
  'trade.certificate': '要求认证或标准。',
  'trade.hs-code': '提到了海关编码（HS code）。',
  'trade.moq': '询问最小起订量。',
  'trade.target-price': '给出了目标价。',
  'contact.company-name': '给出了完整的公司名称。',
  'contact.address': '给出了街道地址。',
  'contact.landline': '给出了座机号码。',
  'contact.fax': '给出了传真号码。',
  'contact.title': '签名中有职位。',
  'contact.registration': '给出了公司注册号或税号。',
  'contact.mobile-only': '只有手机号，没有座机。',
  'contact.no-signature': '没有带公司信息的签名。',
  'vague.generic-phrase': '群发式的通用询盘措辞，适用于任何供应商。',
  'vague.large-quantity': '说“大量”却没有具体数字。',
  'vague.all-products': '索要全部产品目录或全部产品价格。',
  'vague.no-product': '没有提到任何产品。',
  'vague.undisclosed-recipients': '收件人被隐藏：群发邮件。',
  'vague.cost-fishing': '打听成本、供应商或客户，而不是要买东西。',
  'vague.free-samples': '一上来就要免费样品。',
  'vague.no-content': '邮件正文为空，也没有附件：只有主题说明要什么。',
  'vague.very-short': '内容很短，没有任何具体信息。',
  'vague.dear-sir': '“Dear Sir/Madam”开头且没有具体内容。',
  'vague.urgency': '催得很急，却没有具体内容。',
  'vague.sales-pitch': '在向你推销（服务、引流、营销），不是来采购的。',
  'vague.no-buying-intent': '既没提产品，也没询价、要报价、目录或样品。',
  'request.specific': '针对具体产品询价、要报价或要购买，给出了型号、数量或金额。',
  'request.named': '针对点名的东西询价或要购买，但没有型号、数量或金额。',
  'request.procurement': '提到自己的招标或询价文件（RFP、RFQ、投标邀请），并给出名称、编号、截止日期或附件。',
  'request.thread': '在真实的往来邮件中回复，带有之前的邮件内容。',
  'request.named-greeting': '称呼对方的名字，而不是“Dear Sir”。',
  'request.signed': '落款的名字与发件地址一致。',
  'vague.bulk-mail': '是群发的简报或列表邮件（带退订说明），不是专门写给你的。',
  'vague.stranger': '有多个群发陌生邮件的特征。',
  'vague.exclusive': '还没下单就要独家代理权。',
  'scam.link-mismatch': '链接显示的是一个地址，实际指向另一个地址。',
  'scam.credential-link': '链接指向登录页或“查看文件”页面。',
  'scam.shortener': '链接用短网址隐藏了真实地址。',
  'scam.ip-host': '链接直接指向 IP 地址。',
  'scam.risky-attachment': '附件类型常用于传播木马或钓鱼网页。',
  'scam.money-first': '还没做生意就要钱或收费。',
  'scam.advance-fee': '预付款骗局套路：陌生人送钱、投资或合作。',
  'scam.pressure': '用威胁或期限逼你不加核实就行动。',
  'scam.fake-notification': '看起来像平台、快递或银行通知，其实不是他们发的。',
  'scam.bigco-free-mail': '自称替知名大公司采购，却用免费邮箱。',
  'scam.missing-attachment': '说附上了订单、图纸或付款凭证，实际没有附件（转发和邮件列表会丢附件，单独出现时分量不重）。',
  'scam.reply-diverted': '回复会转到另一家机构的邮箱，而不是发件的那家。',
  'scam.quote-diverted': '正文要求把报价或回复发到另一方的邮箱，而不是发件人自己的。',
  'scam.lookalike-company': '某个域名冒充邮件里自称的公司（改了一个字母或加了词）。',
  'scam.forged-origin': '发信的机器自称是发件人公司的域名，但它并不属于该域名（是租来的服务器，不是公司自己的邮件服务器）。',
  'scam.abused-tld': '来自曾被免费发放、多被滥用的顶级域名（也是马里、加蓬、托克劳等的国家域名）。',
  'scam.lure': '陌生人让你打开文件、确认付款或跟进一个从未有过的订单。',
  'scam.bulk-advert': '群发的广告（有退订链接、隐藏收件人或随机邮箱）：是垃圾邮件，不是买家。',
  'scam.padded-field': '发件人名称、主题或文件名被填充得异常长，用来掩盖真实内容。',
  'scam.password': '邮件里给出或索要密码。',
  'scam.vendor-registration': '要你注册供应商或登录才能看订单。',
  'scam.sender-spoof': '发件人名称冒用了不属于他的地址或品牌。',
  'memory.existing-contact': '你以前回复过、报过价或卖过货给这个发件人或公司。',
  'memory.confirmed-scam': '这个发件人或域名以前被确认是骗子。',
  'memory.mass-template': '同样的内容来自多个不同发件人。',
  'meta.own-domain': '来自你自己的域名：是同事，不是询盘。',
  'meta.language': '询盘所用的语言。',
  'meta.existing-customer': '已标记为老客户。',
  'meta.reorder': '提到了以前在你这里下过的订单。',
  'online.site-names-company': '发件人的网站可以访问，并提到了该公司或所询产品。',
  'online.site-live': '发件人的网站可以访问，但没有提到该公司。',
  'online.site-parked': '发件人的域名是停放或待售页面，不是公司网站。',
  'online.site-redirects-elsewhere': '发件人的网站会跳转到别的域名。',
  'online.domain-young': '发件人的域名注册不到一年。',
  'online.domain-old': '发件人的域名已注册五年或更久。',
  'online.domain-age': '发件人域名的注册时间。',
  'online.no-mx': '发件人的域名收不了邮件（没有邮件服务器），或根本不存在。',
  'online.no-mail-auth': '发件人的域名既没有 SPF 也没有 DMARC，任何人都能冒用它发信。',
  'online.mail-server': '发件人的域名有邮件服务器。',
  'online.unchecked': '有一项在线检查没能完成，不计分。',
};

/**
 * 信号自己写出的依据（不是从邮件里摘的原文）的中文。邮件原文、地址、域名原样保留，只翻译外面那层说明。
 * 模板里的 {1}、{2} 是原样保留的部分；匹配只用 indexOf，不用正则回溯（依据可能很长）。
 */
const EVIDENCE_ZH: ReadonlyArray<readonly [string, string]> = [
  ['No company website and no sender address', '邮件里没有公司网站，也没有发件地址'],
  ['No company website in the mail', '邮件里没有公司网站'],
  ['No signature with company, title or phone', '没有带公司名、职位或电话的签名'],
  ['No model, part number or quantity', '没有型号、零件号或数量'],
  ['No product, price, quotation, catalogue or sample is asked for', '没有询问任何产品、价格、报价、目录或样品'],
  ['Marked as an existing customer', '已标记为老客户'],
  ['{1} words', '只有 {1} 个词'],
  ['{1} is one of your own domains', '{1} 是你自己的域名'],
  ['{1} (company domain {2})', '{1}（公司域名 {2}）'],
  ['{1} → reply to {2}', '{1} → 回复到 {2}'],
  ['From {1}, Reply-To {2}', '发件 {1}，回复到 {2}'],
  ['From {1}, replies go to {2}', '发件 {1}，回复却发往 {2}'],
  ['Claims {1} but writes from {2}', '自称 {1}，却从 {2} 发信'],
  ['Name shows {1} but the mail comes from {2}', '名称显示 {1}，邮件却来自 {2}'],
  ['Name says {1} but the mail comes from {2}', '名称写着 {1}，邮件却来自 {2}'],
  ['The sender name hides invisible characters: {1}', '发件人名称里藏有不可见字符：{1}'],
  ['Reply-To {1} imitates {2}', '回复地址 {1} 冒充 {2}'],
  ["{1} is an institution's mailbox, but the mail writes as {2}", '{1} 是某机构的邮箱，邮件却以 {2} 的名义写'],
  ['{1} (an e-mail address hidden in a link or reference)', '{1}（链接或“参考号”里藏着邮箱地址）'],
  ['{1} (name hides invisible characters)', '{1}（文件名里藏有不可见字符）'],
  ['{1} (double extension)', '{1}（双重扩展名）'],
  ['{1} (file type used for phishing pages and malware)', '{1}（常用于钓鱼网页和恶意软件的文件类型）'],
  ['{1} (archive dressed as a business document)', '{1}（伪装成商业文件的压缩包）'],
  ['{1} (archive: may hide an executable)', '{1}（压缩包：可能藏有可执行文件）'],
  ['{1} (declared as {2})', '{1}（声明类型为 {2}）'],
  ['{1} sent in bulk ({2})', '{1} 群发（{2}）'],
  ['{1} replies to an earlier message', '{1} 是对之前邮件的回复'],
  ['{1} quotes the earlier messages', '{1} 引用了之前的邮件'],
  ['{1} imitates {2}', '{1} 冒充 {2}'],
];

/** Words inside a list of marks ("free mailbox x, \"Dear Sir\""; a lure's "…; …"): replaced wherever they stand. */
const PHRASES_ZH: ReadonlyArray<readonly [string, string]> = [
  // The online checks' own sentences (lib/online/signals.ts).
  ...ONLINE_PHRASES_ZH,
  ['free mailbox ', '免费邮箱 '],
  ['sent to undisclosed recipients', '收件人被隐藏'],
  ['sent to itself, the real recipients hidden', '发给自己，真实收件人被隐藏'],
  ['odd sender mailbox ', '奇怪的发件邮箱 '],
  ['"Re:" without any earlier message', '主题带“Re:”却没有之前的邮件'],
  ['a throw-away domain ', '一次性域名 '],
  ['greets the mailbox ', '用邮箱名称呼 '],
  ['payment notice ', '付款通知 '],
  ['claims an earlier exchange (', '声称之前联系过（'],
  [') with no thread', '），却没有往来邮件'],
  [' to open as an attachment', ' 要你打开附件'],
  [' to open as a link to ', ' 要你打开链接 '],
  [' looks like an attached file but is a link → ', ' 看起来是附件，其实是链接 → '],
  ['the subject names ', '主题提到 '],
  [' but the mail says nothing', '，正文却什么也没说'],
];

/** "{1} (company domain {2})" against the evidence: the kept parts, or undefined. Literal pieces are found left to right; the last one must end the text. */
function matchTemplate(template: string, text: string): string[] | undefined {
  const pieces = template.split(/\{\d\}/);
  if (pieces.length === 1) return template === text ? [] : undefined;
  if (!text.startsWith(pieces[0]!) || !text.endsWith(pieces[pieces.length - 1]!)) return undefined;
  const kept: string[] = [];
  let at = pieces[0]!.length;
  const end = text.length - pieces[pieces.length - 1]!.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const next = text.indexOf(pieces[i]!, at);
    if (next < 0 || next > end) return undefined;
    kept.push(text.slice(at, next));
    at = next + pieces[i]!.length;
  }
  if (at > end) return undefined;
  kept.push(text.slice(at, end));
  return kept.every((k) => k.length > 0) ? kept : undefined;
}

/** 依据的中文：生成的说明翻译出来，摘自邮件的原文保持原样。 */
export function evidenceZh(evidence: string): string {
  for (const [template, zh] of EVIDENCE_ZH) {
    const kept = matchTemplate(template, evidence);
    if (kept) return zh.replace(/\{(\d)\}/g, (_m, n: string) => kept[Number(n) - 1] ?? '');
  }
  let out = evidence;
  for (const [en, zh] of PHRASES_ZH) out = out.split(en).join(zh);
  return out;
}
