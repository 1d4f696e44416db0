import type { Phrases } from './phrases';
import { joinList } from './util';

export const pt: Phrases = {
  greeting: (n, f) =>
    f
      ? f.title === 'ms'
        ? `Prezada Sra. ${f.surname},`
        : `Prezado ${f.title === 'dr' ? 'Dr.' : 'Sr.'} ${f.surname},`
      : n
        ? `Prezado(a) ${n},`
        : 'Prezados senhores,',
  signOff: 'Atenciosamente,',
  fill: {
    yourName: 'seu nome',
    company: 'sua empresa',
    unitPrice: 'preço unitário',
    validity: 'validade da proposta',
    leadTime: 'prazo de entrega',
    sampleCost: 'custo da amostra',
    attachQuote: 'anexe a cotação com fotos dos produtos',
    product: 'produto',
    industry: 'seu setor',
  },
  subject: {
    askQuestions: (p) => (p ? `Sua consulta sobre ${p}` : 'Sua consulta'),
    quotation: (p) => (p ? `Cotação de ${p}` : 'Nossa cotação'),
    sampleTerms: (p) => (p ? `Amostras de ${p}` : 'Amostras'),
    verification: 'Sua consulta: alguns dados antes da cotação',
    decline: 'Sua mensagem',
  },
  thanks: (p) => `Muito obrigado pela sua consulta sobre ${p}.`,
  thanksGeneric: 'Muito obrigado pela sua consulta e pelo interesse em nossos produtos.',
  questionsIntro: 'Para prepararmos uma proposta que atenda bem às suas necessidades, poderia nos contar um pouco mais sobre sua empresa?',
  questions: {
    industry: (i) => `Sua empresa atua no setor de ${i}?`,
    experience: () => 'Há quanto tempo sua empresa atua neste ramo?',
    customers: () => 'Quem são seus clientes: varejistas, atacadistas ou usuários finais?',
    volume: () => 'Qual é o seu volume anual aproximado de compras ou faturamento?',
    website: () => 'Qual é o site da sua empresa?',
  },
  contact: (missing) => {
    const parts = { company: 'a razão social completa', address: 'o endereço', phone: 'um telefone direto' };
    return `Poderia nos informar ${joinList(
      missing.map((m) => parts[m]),
      'e',
    )}?`;
  },
  questionsOutro: 'Assim que recebermos seu retorno, enviaremos nossa melhor proposta com todos os detalhes do produto.',
  noOpenQuestions: 'Sua mensagem traz todas as informações de que precisamos; estamos preparando uma proposta sob medida e a enviaremos em breve.',
  quotationIntro: 'Segue em anexo nossa cotação com fotos e especificações dos produtos.',
  restate: { intro: 'Conforme solicitado, ela inclui', terms: (t) => `na condição ${t}`, payment: (p) => `com pagamento via ${p}` },
  priceLines: ['Preço unitário: [[preço unitário]]', 'Prazo de entrega: [[prazo de entrega]]', 'Proposta válida até: [[validade da proposta]]'],
  roleNote: {
    'end-user': 'Cada unidade é testada antes do embarque e mantemos estoque dos componentes principais para que sua produção nunca fique parada.',
    trader:
      'Nossos preços deixam uma boa margem para vocês, respondemos em um dia útil e nossa capacidade e logística garantem pedidos recorrentes com condições flexíveis.',
    agent: 'Respeitamos totalmente sua relação com seu cliente e trabalharemos somente por meio de você; o preço acima deixa espaço para sua comissão.',
    'purchasing-manager':
      'A qualidade é garantida por nossos relatórios de inspeção e certificados, que teremos prazer em compartilhar com sua equipe de qualidade.',
    'purchasing-clerk': 'Se ajudar na comparação, podemos oferecer também uma configuração alternativa; diga-nos o que seu gestor precisa para decidir.',
    owner: 'Podemos compartilhar nossos certificados, referências de clientes no seu mercado e nossa visão sobre as tendências atuais.',
    unknown: 'Teremos prazer em adaptar a especificação ou a embalagem ao seu mercado.',
  },
  oneQuestion: 'Para fecharmos a proposta, uma pergunta:',
  quotationClose: 'Aguardamos seu retorno.',
  sample: {
    'send-free': 'Teremos prazer em enviar as amostras sem custo.',
    'send-paid': 'Teremos prazer em preparar as amostras. O custo da amostra é [[custo da amostra]] e será descontado do seu primeiro pedido.',
    'quote-first': 'Sugerimos acertar primeiro preço e especificações com a cotação em anexo; em seguida prepararemos as amostras correspondentes.',
    'verify-first': 'Antes de preparar as amostras, gostaríamos de completar os dados da sua empresa; por favor, responda às perguntas abaixo.',
    decline: 'No momento não podemos enviar amostras, mas teremos prazer em responder a qualquer dúvida sobre nossos produtos.',
  },
  verificationIntro: 'Muito obrigado pela sua mensagem. Antes de prepararmos uma proposta, agradeceríamos alguns dados da sua empresa:',
  shipping: {
    onAccount: (c, a) => `Enviaremos as amostras pela sua conta ${c ? `${c} ` : 'de courier '}${a}.`,
    collect: 'O frete é cobrado na sua conta de courier (DHL, FedEx ou UPS): por favor, informe-nos o número da conta.',
    accountOptional: 'Se tiver uma conta de courier (DHL, FedEx ou UPS), por favor, informe-nos o número.',
    sendTo: (a) => `Vamos enviá-las para ${a}, a menos que nos indique outro endereço de entrega.`,
    ask: (m) =>
      `Por favor, informe-nos ${joinList(
        m.map((x) => ({ address: 'o endereço de entrega', phone: 'um telefone de contato para o courier' })[x]),
        'e',
      )}.`,
  },
  verificationItems: {
    company: 'a razão social completa e o endereço',
    phone: 'um telefone fixo',
    website: 'o site da empresa',
    mail: 'uma resposta a partir do seu e-mail corporativo',
  },
  verificationNone: 'Vamos conferir os dados da empresa da sua mensagem no seu site oficial e retornaremos em breve.',
  verificationOutro: 'É nosso procedimento padrão com novos parceiros comerciais e nos ajuda a oferecer as condições certas.',
  declineBody:
    'Muito obrigado pela sua mensagem. No momento não podemos dar andamento a esta solicitação. Se seus planos ficarem mais concretos, teremos prazer em falar novamente.',
  declineRiskBody:
    'Muito obrigado pela sua mensagem. Não abrimos links nem anexos de remetentes que ainda não verificamos. Se deseja fazer negócios conosco, escreva do e-mail oficial da sua empresa com os dados completos.',
  list: (items) => joinList(items, 'e'),
};
