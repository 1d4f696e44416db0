import type { Phrases } from './phrases';
import { joinList } from './util';

export const de: Phrases = {
  greeting: (n, f) =>
    f
      ? f.title === 'ms'
        ? `Sehr geehrte Frau ${f.surname},`
        : `Sehr geehrter Herr ${f.title === 'dr' ? 'Dr. ' : ''}${f.surname},`
      : n
        ? `Guten Tag ${n},`
        : 'Sehr geehrte Damen und Herren,',
  signOff: 'Mit freundlichen Grüßen',
  fill: {
    yourName: 'Ihr Name',
    company: 'Ihre Firma',
    unitPrice: 'Stückpreis',
    validity: 'Gültigkeit des Angebots',
    leadTime: 'Lieferzeit',
    sampleCost: 'Musterkosten',
    attachQuote: 'Angebot mit Produktfotos anhängen',
    product: 'Produkt',
    industry: 'Ihre Branche',
  },
  subject: {
    askQuestions: (p) => (p ? `Ihre Anfrage zu ${p}` : 'Ihre Anfrage'),
    quotation: (p) => (p ? `Angebot für ${p}` : 'Unser Angebot'),
    sampleTerms: (p) => (p ? `Muster von ${p}` : 'Muster'),
    verification: 'Ihre Anfrage: einige Angaben vor unserem Angebot',
    decline: 'Ihre Nachricht',
  },
  thanks: (p) => `Vielen Dank für Ihre Anfrage zu ${p}.`,
  thanksGeneric: 'Vielen Dank für Ihre Anfrage und Ihr Interesse an unseren Produkten.',
  questionsIntro: 'Damit wir ein Angebot erstellen können, das wirklich zu Ihnen passt, würden wir gern etwas mehr über Ihr Unternehmen erfahren:',
  questions: {
    industry: (i) => `Ist Ihr Unternehmen im Bereich ${i} tätig?`,
    experience: () => 'Seit wann ist Ihr Unternehmen in diesem Geschäft tätig?',
    customers: () => 'Wer sind Ihre Kunden: Einzelhändler, Großhändler oder Endanwender?',
    volume: () => 'Wie hoch ist ungefähr Ihr jährliches Einkaufsvolumen oder Ihr Umsatz?',
    website: () => 'Wie lautet die Website Ihres Unternehmens?',
  },
  contact: (missing) => {
    const parts = { company: 'den vollständigen Firmennamen', address: 'die Anschrift', phone: 'eine direkte Telefonnummer' };
    return `Könnten Sie uns ${joinList(
      missing.map((m) => parts[m]),
      'und',
    )} mitteilen?`;
  },
  questionsOutro: 'Sobald wir Ihre Antwort haben, senden wir Ihnen unser bestes Angebot mit allen Produktdetails.',
  noOpenQuestions: 'Ihre Nachricht enthält alles, was wir brauchen; wir erstellen ein passendes Angebot und senden es Ihnen in Kürze.',
  quotationIntro: 'Anbei erhalten Sie unser Angebot mit Produktfotos und technischen Daten.',
  restate: { intro: 'Wie gewünscht umfasst es', terms: (t) => `zu ${t}`, payment: (p) => `mit Zahlung per ${p}` },
  priceLines: ['Stückpreis: [[Stückpreis]]', 'Lieferzeit: [[Lieferzeit]]', 'Angebot gültig bis: [[Gültigkeit des Angebots]]'],
  roleNote: {
    'end-user': 'Jede Einheit wird vor dem Versand geprüft, und wir halten die wichtigsten Komponenten auf Lager, damit Ihre Produktion nie warten muss.',
    trader:
      'Unsere Preise lassen Ihnen eine gute Marge, wir antworten innerhalb eines Werktags, und Kapazität wie Logistik tragen Folgeaufträge zu flexiblen Konditionen.',
    agent: 'Wir respektieren Ihre Beziehung zu Ihrem Kunden voll und ganz und arbeiten ausschließlich über Sie; der Preis lässt Raum für Ihre Provision.',
    'purchasing-manager': 'Die Qualität belegen unsere Prüfberichte und Zertifikate, die wir Ihrer Qualitätssicherung gern zur Verfügung stellen.',
    'purchasing-clerk':
      'Falls es Ihrem Vergleich hilft, bieten wir gern auch eine alternative Ausführung an; sagen Sie uns einfach, was Ihre Vorgesetzten für die Entscheidung brauchen.',
    owner: 'Gern senden wir Ihnen unsere Zertifikate, Referenzen von Kunden in Ihrem Markt und unsere Einschätzung der aktuellen Marktentwicklung.',
    unknown: 'Gern passen wir Ausführung oder Verpackung an Ihren Markt an.',
  },
  oneQuestion: 'Für das endgültige Angebot noch eine Frage:',
  quotationClose: 'Wir freuen uns auf Ihre Rückmeldung.',
  sample: {
    'send-free': 'Gern senden wir Ihnen die Muster kostenlos zu.',
    'send-paid': 'Gern bereiten wir die Muster vor. Die Musterkosten betragen [[Musterkosten]]; wir verrechnen sie mit Ihrer ersten Bestellung.',
    'quote-first': 'Wir schlagen vor, zunächst Preis und Spezifikation anhand des beigefügten Angebots abzustimmen; danach bereiten wir passende Muster vor.',
    'verify-first': 'Bevor wir Muster vorbereiten, möchten wir Ihre Firmendaten vervollständigen; bitte beantworten Sie die folgenden Fragen.',
    decline: 'Derzeit können wir leider keine Muster versenden, beantworten aber gern alle Fragen zu unseren Produkten.',
  },
  verificationIntro: 'Vielen Dank für Ihre Nachricht. Bevor wir ein Angebot erstellen, bitten wir um einige Angaben zu Ihrem Unternehmen:',
  shipping: {
    onAccount: (c, a) => `Den Versand der Muster berechnen wir über Ihr ${c ? `${c}-Konto` : 'Kurierkonto'} ${a}.`,
    collect: 'Der Versand erfolgt unfrei über Ihr Kurierkonto (DHL, FedEx oder UPS): Bitte teilen Sie uns die Kontonummer mit.',
    accountOptional: 'Falls Sie ein Kurierkonto (DHL, FedEx oder UPS) haben, teilen Sie uns bitte die Nummer mit.',
    sendTo: (a) => `Wir senden sie an ${a}, sofern Sie uns keine andere Lieferadresse nennen.`,
    ask: (m) =>
      `Bitte nennen Sie uns ${joinList(
        m.map((x) => ({ address: 'die Lieferadresse', phone: 'eine Telefonnummer für den Kurier' })[x]),
        'und',
      )}.`,
  },
  verificationItems: {
    company: 'den vollständigen Firmennamen und die Anschrift',
    phone: 'eine Festnetznummer',
    website: 'die Website Ihres Unternehmens',
    mail: 'eine Antwort von Ihrer offiziellen Firmen-E-Mail-Adresse',
  },
  verificationNone: 'Wir gleichen die Firmendaten aus Ihrer Nachricht mit Ihrer offiziellen Website ab und melden uns dann bei Ihnen.',
  verificationOutro: 'Dies ist unser übliches Vorgehen bei neuen Geschäftspartnern und hilft uns, Ihnen die passenden Konditionen anzubieten.',
  declineBody:
    'Vielen Dank für Ihre Nachricht. Derzeit können wir diese Anfrage leider nicht weiterverfolgen. Wenn Ihre Pläne konkreter werden, freuen wir uns, wieder von Ihnen zu hören.',
  declineRiskBody:
    'Vielen Dank für Ihre Nachricht. Links und Anhänge von Absendern, die wir noch nicht überprüft haben, öffnen wir nicht. Wenn Sie mit uns zusammenarbeiten möchten, schreiben Sie uns bitte von Ihrer offiziellen Firmenadresse mit vollständigen Firmendaten.',
  list: (items) => joinList(items, 'und'),
};
