import type { Phrases } from './phrases';
import { joinList } from './util';

export const fr: Phrases = {
  greeting: (n, f) =>
    f ? `${f.title === 'ms' ? 'Madame' : 'Monsieur'} ${f.title === 'dr' ? 'le Docteur ' : ''}${f.surname},` : n ? `Bonjour ${n},` : 'Madame, Monsieur,',
  signOff: 'Cordialement,',
  fill: {
    yourName: 'votre nom',
    company: 'votre société',
    unitPrice: 'prix unitaire',
    validity: "durée de validité de l'offre",
    leadTime: 'délai de livraison',
    sampleCost: "coût de l'échantillon",
    attachQuote: 'joindre le devis avec les photos des produits',
    product: 'produit',
    industry: 'votre secteur',
  },
  subject: {
    askQuestions: (p) => (p ? `Votre demande concernant ${p}` : 'Votre demande'),
    quotation: (p) => (p ? `Devis pour ${p}` : 'Notre devis'),
    sampleTerms: (p) => (p ? `Échantillons de ${p}` : 'Échantillons'),
    verification: 'Votre demande : quelques précisions avant notre devis',
    decline: 'Votre message',
  },
  thanks: (p) => `Merci pour votre demande concernant ${p}.`,
  thanksGeneric: "Merci pour votre demande et pour l'intérêt que vous portez à nos produits.",
  questionsIntro: 'Afin de préparer une offre vraiment adaptée à vos besoins, pourriez-vous nous en dire un peu plus sur votre société ?',
  questions: {
    industry: (i) => `Votre société travaille-t-elle dans le secteur ${i} ?`,
    experience: () => 'Depuis combien de temps votre société exerce-t-elle cette activité ?',
    customers: () => 'Qui sont vos clients : détaillants, grossistes ou utilisateurs finaux ?',
    volume: () => "Quel est votre volume d'achat annuel ou votre chiffre d'affaires approximatif ?",
    website: () => 'Quel est le site internet de votre société ?',
  },
  contact: (missing) => {
    const parts = { company: 'la raison sociale complète', address: 'l’adresse', phone: 'un numéro de téléphone direct' };
    return `Pourriez-vous nous indiquer ${joinList(
      missing.map((m) => parts[m]),
      'et',
    )} ?`;
  },
  questionsOutro: 'Dès réception de votre réponse, nous vous enverrons notre meilleure offre avec tous les détails produit.',
  noOpenQuestions: 'Votre message nous donne toutes les informations nécessaires ; nous préparons une offre adaptée et vous l’enverrons très prochainement.',
  quotationIntro: 'Veuillez trouver ci-joint notre devis avec les photos et les caractéristiques des produits.',
  restate: { intro: 'Comme demandé, il porte sur', terms: (t) => `en ${t}`, payment: (p) => `avec paiement par ${p}` },
  priceLines: ['Prix unitaire : [[prix unitaire]]', 'Délai de livraison : [[délai de livraison]]', "Offre valable jusqu'au : [[durée de validité de l'offre]]"],
  roleNote: {
    'end-user': 'Chaque unité est testée avant expédition et nous gardons en stock les composants clés afin que votre production ne soit jamais arrêtée.',
    trader:
      'Nos prix vous laissent une marge confortable, nous répondons sous un jour ouvré, et notre capacité comme notre logistique permettent des commandes répétées à des conditions souples.',
    agent:
      'Nous respectons pleinement votre relation avec votre client et travaillerons uniquement par votre intermédiaire ; le prix ci-dessus laisse de la place pour votre commission.',
    'purchasing-manager':
      "La qualité est garantie par nos rapports d'inspection et nos certificats, que nous partagerons volontiers avec votre service qualité.",
    'purchasing-clerk':
      'Si cela facilite votre comparaison, nous pouvons aussi proposer une configuration alternative ; dites-nous ce dont votre responsable a besoin pour décider.',
    owner: 'Nous pouvons vous transmettre nos certificats, des références clients sur votre marché et notre analyse des tendances actuelles.',
    unknown: "Nous adaptons volontiers la spécification ou l'emballage à votre marché.",
  },
  oneQuestion: 'Pour finaliser l’offre, une question :',
  quotationClose: 'Dans l’attente de votre retour.',
  sample: {
    'send-free': 'Nous vous enverrons volontiers les échantillons gratuitement.',
    'send-paid':
      "Nous préparons volontiers les échantillons. Le coût de l'échantillon est de [[coût de l'échantillon]] et sera déduit de votre première commande.",
    'quote-first':
      "Nous vous proposons de valider d'abord le prix et les spécifications avec le devis ci-joint ; nous préparerons ensuite les échantillons correspondants.",
    'verify-first':
      'Avant de préparer des échantillons, nous souhaiterions compléter les informations sur votre société ; merci de répondre aux questions ci-dessous.',
    decline: 'Pour le moment, nous ne pouvons pas envoyer d’échantillons, mais nous répondrons avec plaisir à toute question sur nos produits.',
  },
  verificationIntro: 'Merci pour votre message. Avant de préparer une offre, nous vous serions reconnaissants de nous communiquer quelques informations :',
  shipping: {
    onAccount: (c, a) => `Nous expédierons les échantillons sur votre compte ${c ? `${c} ` : 'transporteur '}${a}.`,
    collect: 'Le transport est facturé sur votre compte transporteur (DHL, FedEx ou UPS) : merci de nous indiquer le numéro de compte.',
    accountOptional: 'Si vous avez un compte transporteur (DHL, FedEx ou UPS), merci de nous en indiquer le numéro.',
    sendTo: (a) => `Nous les enverrons à ${a}, sauf si vous nous indiquez une autre adresse de livraison.`,
    ask: (m) =>
      `Merci de nous indiquer ${joinList(
        m.map((x) => ({ address: 'l’adresse de livraison', phone: 'un numéro de téléphone pour le transporteur' })[x]),
        'et',
      )}.`,
  },
  verificationItems: {
    company: 'la raison sociale complète et l’adresse',
    phone: 'un numéro de téléphone fixe',
    website: 'le site internet de la société',
    mail: 'une réponse depuis votre adresse e-mail professionnelle officielle',
  },
  verificationNone: 'Nous allons vérifier les coordonnées de votre message sur votre site officiel et revenons vers vous.',
  verificationOutro: 'Il s’agit de notre procédure habituelle avec les nouveaux partenaires, qui nous permet de vous proposer les bonnes conditions.',
  declineBody:
    'Merci pour votre message. Nous ne sommes pas en mesure de donner suite à cette demande pour le moment. Si votre projet se précise, nous serons heureux d’avoir de vos nouvelles.',
  declineRiskBody:
    "Merci pour votre message. Nous n'ouvrons pas les liens ni les pièces jointes d'expéditeurs que nous n'avons pas encore vérifiés. Si vous souhaitez travailler avec nous, merci de nous écrire depuis l'adresse officielle de votre société avec vos coordonnées complètes.",
  list: (items) => joinList(items, 'et'),
};
