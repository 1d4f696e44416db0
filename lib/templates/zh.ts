import type { Phrases } from './phrases';

/** "A、B和C". */
function listZh(items: readonly string[]): string {
  const xs = items.filter(Boolean);
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join('、')}和${xs[xs.length - 1]}`;
}

/**
 * 回复的中文对照（不是发给买家的文字）：每个模板、每个句子都与英文等语种一一对应地写好，
 * 让中文业务员看懂自己要发出去的内容。只在面板里折叠显示，从不复制或插入。
 */
export const zh: Phrases = {
  greeting: (n, f) => (f ? `尊敬的${f.surname}${{ mr: '先生', ms: '女士', dr: '博士' }[f.title]}：` : n ? `${n}，您好：` : '尊敬的先生/女士：'),
  signOff: '此致敬礼',
  fill: {
    yourName: '你的名字',
    company: '你的公司',
    unitPrice: '单价',
    validity: '报价有效期',
    leadTime: '交货期',
    sampleCost: '样品费',
    attachQuote: '附上带产品图片的报价单',
    product: '产品',
    industry: '你的行业',
  },
  subject: {
    askQuestions: (p) => (p ? `关于 ${p} 的询盘` : '关于您的询盘'),
    quotation: (p) => (p ? `${p} 报价` : '我们的报价'),
    sampleTerms: (p) => (p ? `${p} 样品` : '样品'),
    verification: '关于您的询盘：报价前需要了解几项信息',
    decline: '关于您的来信',
  },
  thanks: (p) => `感谢您对 ${p} 的询盘。`,
  thanksGeneric: '感谢您的询盘和对我们产品的关注。',
  questionsIntro: '为了给您准备真正合适的报价，能否多介绍一下贵公司？',
  questions: {
    industry: (i) => `贵公司是否从事${i}行业？`,
    experience: () => '贵公司在这一行做了多少年？',
    customers: () => '贵公司的客户是哪些：零售商、批发商还是终端用户？',
    volume: () => '贵公司每年的采购量或营业额大约是多少？',
    website: () => '贵公司的网址是什么？',
  },
  contact: (missing) => {
    const parts = { company: '公司全称', address: '地址', phone: '直线电话' };
    return `能否告知${listZh(missing.map((m) => parts[m]))}？`;
  },
  questionsOutro: '收到您的回复后，我们会马上发送附有详细产品信息的最优报价。',
  noOpenQuestions: '您的来信已包含我们需要的全部信息；我们正在按您的要求准备报价，很快发给您。',
  quotationIntro: '附件是我们的报价单，含产品图片和规格。',
  restate: { intro: '按您的要求，报价包括', terms: (t) => `，${t} 条款`, payment: (p) => `，付款方式 ${p}` },
  priceLines: ['单价：[[单价]]', '交货期：[[交货期]]', '报价有效期至：[[报价有效期]]'],
  roleNote: {
    'end-user': '每件产品出货前都经过检测，关键零部件常备库存，不会让您的生产线停工待料。',
    trader: '我们的价格给您留有充足的利润空间，一个工作日内答复，产能和物流能支持灵活条款下的持续返单。',
    agent: '我们完全尊重您和客户的关系，只通过您合作；上面的价格为您的佣金留了空间。',
    'purchasing-manager': '我们的检验报告和认证证书可以保证质量，很乐意提供给贵公司的质量部门。',
    'purchasing-clerk': '如果方便您比较，我们也可以提供另一种配置；请告诉我您的主管做决定需要哪些信息。',
    owner: '我们可以提供认证证书、您所在市场的客户案例，以及我们对当前市场趋势的看法。',
    unknown: '我们很乐意按您的市场调整规格或包装。',
  },
  oneQuestion: '为了确定最终报价，想请教一个问题：',
  quotationClose: '期待您的回复。',
  sample: {
    'send-free': '我们很乐意免费寄送样品。',
    'send-paid': '我们很乐意准备样品。样品费为 [[样品费]]，下首单时可抵扣。',
    'quote-first': '建议先按附件报价确认价格和规格，之后我们再准备对应的样品。',
    'verify-first': '准备样品之前，我们想先补全贵公司的信息；请回答下面的问题。',
    decline: '目前我们无法寄送样品，但很乐意解答关于产品的任何问题。',
  },
  shipping: {
    onAccount: (c, a) => `样品将用您的 ${c ? `${c} ` : '快递'}账号 ${a} 到付寄出。`,
    collect: '运费用您的快递账号（DHL、FedEx 或 UPS）到付：请告诉我们账号。',
    accountOptional: '如果您有快递账号（DHL、FedEx 或 UPS），请告诉我们账号。',
    sendTo: (a) => `除非您另告收货地址，样品将寄到：${a}。`,
    ask: (m) => `请告诉我们${listZh(m.map((x) => ({ address: '收货地址', phone: '快递联系电话' })[x]))}。`,
  },
  verificationIntro: '感谢您的来信。在准备报价之前，希望您提供贵公司的几项信息：',
  verificationItems: {
    company: '公司注册全称和地址',
    phone: '座机号码',
    website: '公司网址',
    mail: '用公司官方邮箱回复',
  },
  verificationNone: '我们会把您来信中的公司信息与贵公司官网核对，然后再回复您。',
  verificationOutro: '这是我们对新合作伙伴的常规流程，也有助于给您合适的条件。',
  declineBody: '感谢您的来信。目前我们无法继续跟进这个需求。等您的计划更具体时，欢迎再联系我们。',
  declineRiskBody: '感谢您的来信。对于尚未核实的发件人，我们不打开其链接或附件。如果您想与我们合作，请用公司官方邮箱来信，并附上完整的公司信息。',
  list: listZh,
};
