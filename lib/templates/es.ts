import type { Phrases } from './phrases';
import { joinList } from './util';

export const es: Phrases = {
  greeting: (n, f) =>
    f
      ? f.title === 'ms'
        ? `Estimada Sra. ${f.surname}:`
        : `Estimado ${f.title === 'dr' ? 'Dr.' : 'Sr.'} ${f.surname}:`
      : n
        ? `Estimado/a ${n}:`
        : 'Estimados señores:',
  signOff: 'Saludos cordiales,',
  fill: {
    yourName: 'su nombre',
    company: 'su empresa',
    unitPrice: 'precio unitario',
    validity: 'validez de la oferta',
    leadTime: 'plazo de entrega',
    sampleCost: 'costo de la muestra',
    attachQuote: 'adjunte la cotización con fotos de los productos',
    product: 'producto',
    industry: 'su sector',
  },
  subject: {
    askQuestions: (p) => (p ? `Su consulta sobre ${p}` : 'Su consulta'),
    quotation: (p) => (p ? `Cotización de ${p}` : 'Nuestra cotización'),
    sampleTerms: (p) => (p ? `Muestras de ${p}` : 'Muestras'),
    verification: 'Su consulta: algunos datos antes de cotizar',
    decline: 'Su mensaje',
  },
  thanks: (p) => `Muchas gracias por su consulta sobre ${p}.`,
  thanksGeneric: 'Muchas gracias por su consulta y por su interés en nuestros productos.',
  questionsIntro: 'Para preparar una oferta que se ajuste de verdad a sus necesidades, ¿podría contarnos un poco más sobre su empresa?',
  questions: {
    industry: (i) => `¿Su empresa trabaja en el sector de ${i}?`,
    experience: () => '¿Desde cuándo se dedica su empresa a este negocio?',
    customers: () => '¿Quiénes son sus clientes: minoristas, mayoristas o usuarios finales?',
    volume: () => '¿Cuál es su volumen anual de compras o de facturación aproximado?',
    website: () => '¿Cuál es la página web de su empresa?',
  },
  contact: (missing) => {
    const parts = { company: 'la razón social completa', address: 'la dirección', phone: 'un teléfono directo' };
    return `¿Podría indicarnos ${joinList(
      missing.map((m) => parts[m]),
      'y',
    )}?`;
  },
  questionsOutro: 'En cuanto recibamos su respuesta, le enviaremos nuestra mejor oferta con todos los detalles del producto.',
  noOpenQuestions: 'Su mensaje nos da toda la información necesaria; estamos preparando una oferta a su medida y se la enviaremos en breve.',
  quotationIntro: 'Le adjuntamos nuestra cotización con fotos y especificaciones de los productos.',
  restate: { intro: 'Según lo solicitado, incluye', terms: (t) => `en condiciones ${t}`, payment: (p) => `con pago mediante ${p}` },
  priceLines: ['Precio unitario: [[precio unitario]]', 'Plazo de entrega: [[plazo de entrega]]', 'Oferta válida hasta: [[validez de la oferta]]'],
  roleNote: {
    'end-user': 'Cada unidad se prueba antes del envío y mantenemos stock de los componentes clave para que su producción nunca tenga que esperar.',
    trader:
      'Nuestros precios le dejan un buen margen, respondemos en un día hábil y nuestra capacidad y logística permiten pedidos repetidos con condiciones flexibles.',
    agent: 'Respetamos plenamente su relación con su cliente y trabajaremos únicamente a través de usted; el precio indicado deja margen para su comisión.',
    'purchasing-manager': 'La calidad está respaldada por nuestros informes de inspección y certificados, que con gusto compartimos con su equipo de calidad.',
    'purchasing-clerk': 'Si le ayuda a comparar, podemos ofrecer también una configuración alternativa; indíquenos qué necesita su responsable para decidir.',
    owner: 'Podemos compartir nuestros certificados, referencias de clientes en su mercado y nuestra visión de las tendencias actuales.',
    unknown: 'Con gusto adaptamos la especificación o el embalaje a su mercado.',
  },
  oneQuestion: 'Para cerrar la oferta, una pregunta:',
  quotationClose: 'Quedamos atentos a sus comentarios.',
  sample: {
    'send-free': 'Con gusto le enviaremos las muestras sin cargo.',
    'send-paid': 'Con gusto preparamos las muestras. El costo de la muestra es [[costo de la muestra]] y se descontará de su primer pedido.',
    'quote-first': 'Le proponemos acordar primero precio y especificaciones con la cotización adjunta; después prepararemos las muestras correspondientes.',
    'verify-first': 'Antes de preparar muestras, quisiéramos completar los datos de su empresa; le rogamos responder a las preguntas siguientes.',
    decline: 'Por el momento no podemos enviar muestras, pero con gusto respondemos a cualquier pregunta sobre nuestros productos.',
  },
  verificationIntro: 'Muchas gracias por su mensaje. Antes de preparar una oferta, le agradeceríamos algunos datos de su empresa:',
  shipping: {
    onAccount: (c, a) => `Enviaremos las muestras con su cuenta ${c ? `${c} ` : 'de mensajería '}${a}.`,
    collect: 'El flete se cobra en destino a su cuenta de mensajería (DHL, FedEx o UPS): por favor, indíquenos el número de cuenta.',
    accountOptional: 'Si dispone de una cuenta de mensajería (DHL, FedEx o UPS), indíquenos su número, por favor.',
    sendTo: (a) => `Las enviaremos a ${a}, salvo que nos indique otra dirección de entrega.`,
    ask: (m) =>
      `Por favor, indíquenos ${joinList(
        m.map((x) => ({ address: 'la dirección de entrega', phone: 'un teléfono de contacto para el mensajero' })[x]),
        'y',
      )}.`,
  },
  verificationItems: {
    company: 'la razón social completa y la dirección',
    phone: 'un teléfono fijo',
    website: 'la página web de la empresa',
    mail: 'una respuesta desde su correo electrónico corporativo',
  },
  verificationNone: 'Comprobaremos los datos de la empresa de su mensaje en su página web oficial y le responderemos.',
  verificationOutro: 'Es nuestro procedimiento habitual con nuevos socios comerciales y nos permite ofrecerle las condiciones adecuadas.',
  declineBody:
    'Muchas gracias por su mensaje. Por el momento no podemos dar curso a esta solicitud. Si sus planes se concretan, estaremos encantados de volver a saber de usted.',
  declineRiskBody:
    'Muchas gracias por su mensaje. No abrimos enlaces ni archivos adjuntos de remitentes que aún no hemos verificado. Si desea hacer negocios con nosotros, escríbanos desde el correo oficial de su empresa con sus datos completos.',
  list: (items) => joinList(items, 'y'),
};
