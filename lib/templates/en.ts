import type { Phrases } from './phrases';
import { joinList } from './util';

export const en: Phrases = {
  greeting: (n, f) => (f ? `Dear ${{ mr: 'Mr.', ms: 'Ms.', dr: 'Dr.' }[f.title]} ${f.surname},` : n ? `Dear ${n},` : 'Dear Sir or Madam,'),
  signOff: 'Best regards,',
  fill: {
    yourName: 'your name',
    company: 'your company',
    unitPrice: 'unit price',
    validity: 'validity of the offer',
    leadTime: 'lead time',
    sampleCost: 'sample cost',
    attachQuote: 'attach the quotation sheet with product pictures',
    product: 'product',
    industry: 'your industry',
  },
  subject: {
    askQuestions: (p) => (p ? `Your inquiry about ${p}` : 'Your inquiry'),
    quotation: (p) => (p ? `Quotation for ${p}` : 'Our quotation'),
    sampleTerms: (p) => (p ? `Samples of ${p}` : 'Samples'),
    verification: 'Your inquiry: a few details before we quote',
    decline: 'Your message',
  },
  thanks: (p) => `Thank you for your inquiry about ${p}.`,
  thanksGeneric: 'Thank you for your inquiry and your interest in our products.',
  questionsIntro: 'So that we can prepare an offer that really fits your needs, could you tell us a little more about your company?',
  questions: {
    industry: (i) => `Are you working in the ${i} business?`,
    experience: () => 'How long has your company been in this business?',
    customers: () => 'Who are your customers: retailers, wholesalers or end users?',
    volume: () => 'What is your approximate annual purchase volume or turnover?',
    website: () => 'What is your company website?',
  },
  contact: (missing) => {
    const parts = { company: 'your full company name', address: missing.includes('company') ? 'address' : 'your address', phone: 'a direct phone number' };
    return `Could you share ${joinList(
      missing.map((m) => parts[m]),
      'and',
    )}?`;
  },
  questionsOutro: 'As soon as we hear from you, we will send our best offer with full product details.',
  noOpenQuestions: 'Your message tells us everything we need; we are preparing an offer tailored to your request and will send it shortly.',
  quotationIntro: 'Please find attached our quotation with product pictures and specifications.',
  restate: { intro: 'As requested, it covers', terms: (t) => `on ${t} terms`, payment: (p) => `with payment by ${p}` },
  priceLines: ['Unit price: [[unit price]]', 'Lead time: [[lead time]]', 'Offer valid until: [[validity of the offer]]'],
  roleNote: {
    'end-user': 'Every unit is tested before shipment, and we keep stock of key components so your production is never left waiting.',
    trader:
      'Our prices leave you a healthy margin, we answer within one working day, and our capacity and logistics support repeat orders with flexible terms.',
    agent: 'We fully respect your relationship with your client and will work only through you; the price above leaves room for your commission.',
    'purchasing-manager': 'Quality is guaranteed by our inspection reports and certificates, which we are happy to share with your quality team.',
    'purchasing-clerk': 'If it helps your team compare, we can also offer an alternative configuration; just let me know what your manager needs to decide.',
    owner: 'We can share our certificates, references from customers in your market and our view on current market trends.',
    unknown: 'We are happy to adjust the specification or packaging to your market.',
  },
  oneQuestion: 'To finalise the offer, one question:',
  quotationClose: 'We look forward to your feedback.',
  sample: {
    'send-free': 'We will be glad to send the samples free of charge.',
    'send-paid': 'We are happy to prepare the samples. The sample cost is [[sample cost]] and will be refunded against your first order.',
    'quote-first': 'We suggest we first agree on price and specifications with the attached quotation; we will then prepare samples to match.',
    'verify-first': 'Before preparing samples, we would like to complete your customer details; please see the questions below.',
    decline: 'At this stage we are not able to send samples, but we are happy to answer any questions about our products.',
  },
  verificationIntro: 'Thank you for your message. Before we prepare an offer, we would be grateful for a few details about your company:',
  shipping: {
    onAccount: (c, a) => `We will ship the samples on your ${c || 'courier'} account ${a}.`,
    collect: 'Freight is collected on your courier account (DHL, FedEx or UPS): please send us the account number.',
    accountOptional: 'If you have a courier account (DHL, FedEx or UPS), please send us its number.',
    sendTo: (a) => `We will send them to ${a}, unless you tell us another delivery address.`,
    ask: (m) =>
      `Please let us know ${joinList(
        m.map((x) => ({ address: 'the delivery address', phone: 'a contact phone number for the courier' })[x]),
        'and',
      )}.`,
  },
  verificationItems: {
    company: 'your full registered company name and address',
    phone: 'a landline telephone number',
    website: 'your company website',
    mail: 'a reply from your official company e-mail address',
  },
  verificationNone: 'We will check the company details in your message against your official website and come back to you.',
  verificationOutro: 'This is our standard procedure for new business partners, and it helps us offer you the right conditions.',
  declineBody:
    'Thank you for your message. At the moment we are not able to take this request further. Should your plans become more specific, we will be glad to hear from you again.',
  declineRiskBody:
    'Thank you for your message. We do not open links or attachments from senders we have not yet verified. If you wish to do business with us, please write from your official company address with your full company details.',
  list: (items) => joinList(items, 'and'),
};
