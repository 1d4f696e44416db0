import { SAMPLES, sampleText } from '../../fixtures/demo/samples';
import { makeInquiry } from '../../../lib/inquiry';

/** The case: a self-introduction under a department's display name, with company, address, phone and a DHL account. */
export const MARIA = makeInquiry({
  source: 'paste',
  id: 'maria',
  from: { name: 'Purchase Department', address: 'compras@ferreteria-norte.es' },
  subject: 'Hinges HT-2210 and HT-3305',
  body: [
    'Hello, this is Maria Lopez from Ferreteria Norte S.L. We are a hardware wholesaler in Madrid.',
    '',
    'Please quote 2,000 pcs of HT-2210 and 1,500 pcs of HT-3305, FOB Ningbo.',
    'Please send 2 samples of each model; we will use our DHL account 123456789 for the freight.',
    '',
    'Best regards,',
    'Maria Lopez',
    'Ferreteria Norte S.L.',
    'Calle de Alcala 120, 28009 Madrid, Spain',
    'Tel: +34 91 555 0142',
  ].join('\n'),
});

const khanSample = SAMPLES.find((s) => s.key === 'vague')!;
export const KHAN = makeInquiry({
  source: 'gmail',
  id: khanSample.id,
  from: { name: khanSample.fromName, address: khanSample.fromAddress },
  subject: khanSample.subject,
  body: sampleText(khanSample),
});
