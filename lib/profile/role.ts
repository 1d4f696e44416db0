import type { Role } from '../analysis';
import { wordsRegex } from '../text/patterns';

const AGENT = wordsRegex([
  'commissions?',
  '(?:sourcing|buying|purchasing|procurement) agent',
  'on behalf of (?:our|my|a) (?:client|customer|principal)',
  '(?:our|my) (?:end[- ])?(?:client|principal)',
  'agente de compras',
  'comisi[oó]n',
  'comiss[aã]o',
  'Provision',
  'Einkaufsagent(?:ur)?',
  "agent d'achat",
  'комисси[яюи]',
  'агент',
]);

const PURCHASING_CLERK = [
  wordsRegex([
    '(?:purchasing|procurement|sourcing|buying|buyer)(?: department)? (?:assistant|clerk|staff|officer|coordinator|executive|specialist|associate)',
    'assistant (?:buyer|purchaser)',
    '(?:procurement|purchasing|buying|sourcing) (?:section|dept\\.?|department|team|office)(?![ ,/-]{1,3}(?:manager|head|director|lead|chief))',
    'junior buyer',
    'asistente de compras',
    'assistente de compras',
    'assistant(?:e)? (?:aux )?achats',
    'Einkaufsassistent(?:in)?',
    'Sachbearbeiter(?:in)? Einkauf',
    'специалист (?:по|отдела) закуп\\S{0,6}',
  ]),
  // "i.A." (im Auftrag) before a German name means someone signing for the decision maker.
  /(?:^|\s)i\.\s?A\.(?=\s)/u,
  /采购(?:员|助理|专员)/u,
];

/**
 * The buyer who evaluates the bids and awards the contract decides, whatever their title: that is the
 * purchasing manager of the role table, in the words a tender or RFQ evaluation uses.
 */
const DECIDES_BIDS = wordsRegex([
  '(?:we are|is|are|am) (?:currently )?(?:evaluating|reviewing|assessing) (?:all |the |your |received )?(?:bids|offers|proposals|quotations|tenders)',
  '(?:bid|tender|proposal) evaluation',
  '(?:award|awarding) (?:of )?the (?:contract|tender|bid)',
  'clarification (?:of|on|regarding) (?:your|the) (?:bid|offer|proposal|quotation)',
  '(?:evaluamos|estamos evaluando) (?:las )?(?:ofertas|propuestas)',
  'avaliando (?:as )?(?:propostas|ofertas)',
  'Angebotsauswertung|Auswertung der Angebote|Vergabe des Auftrags',
  '(?:évaluation|analyse) des offres',
  'оценк\\S{0,2} (?:заявок|предложений)',
  '评标',
]);

const PURCHASING_MANAGER = [
  wordsRegex([
    '(?:senior |sr\\.? |chief |lead |group |regional )?(?:purchasing|procurement|sourcing|buying|purchase|supply chain)(?: (?:and|&) [a-z]{2,20})? (?:manager|director|head|lead|engineer)',
    '(?:head|director|vp|vice president) (?:of )?(?:global )?(?:purchasing|procurement|sourcing|buying|supply chain)',
    '(?:sr\\.? |senior )?(?:manager|head|director|lead)\\s{0,2}[-–,/]\\s{0,2}(?:strategic |global |group )?(?:sourcing|purchasing|procurement|buying|supply chain)',
    '(?:chief |senior |lead |category |strategic )?buyer',
    'Einkaufsleiter(?:in)?',
    'Leiter(?:in)? (?:des )?Einkaufs?',
    'Eink[aä]ufer(?:in)?',
    'responsable (?:des )?achats',
    'directeur (?:des )?achats',
    'acheteu(?:r|se)',
    'jefe de compras',
    'gerente de compras',
    'director de compras',
    'compradora?',
    'gerente de suprimentos',
    'руководитель (?:отдела )?(?:закупок|снабжения)',
    'начальник отдела (?:закупок|снабжения)',
    'менеджер по закупкам',
  ]),
  /采购(?:经理|主管|总监)/u,
];

const OWNER = [
  wordsRegex(['CEO', 'MD', 'PDG', 'COO'], 'u'),
  wordsRegex([
    'owner',
    'co-?founder',
    'founder',
    'proprietor',
    'managing director',
    'managing partner',
    'president',
    'chairman',
    'director',
    'Gesch[aä]ftsf[uü]hrer(?:in)?',
    'Inhaber(?:in)?',
    'g[ée]rant(?:e)?',
    'pr[ée]sident(?:e)?',
    'fundador(?:a)?',
    'due[ñn]o',
    'propriet[aá]ri[oa]',
    's[oó]ci[oa]',
    'director general',
    'diretor(?:a)?',
    'директор',
    'владел[ее]ц',
    'учредитель',
  ]),
  /(?:总经理|董事长|老板|创始人)/u,
];

/** "I'm the founder of…", "MD of Sunrays Ltd": owners often introduce themselves in the text, not the signature. */
const OWNER_SELF = [
  wordsRegex([
    "(?:i am|i'm|i’m|as) (?:the )?(?:co-?founder|founder|owner|ceo|managing director|md|director|president|proprietor) (?:of|at)",
    '(?:co-?founder|founder|owner|ceo|managing director|md) of(?= [A-Z])',
    '(?:soy|sou) (?:el |la |o |a )?(?:dueñ[oa]|propietari[oa]|fundador(?:a)?|dono|dona|director(?:a)?|diretor(?:a)?)',
    'je suis (?:le |la )?(?:fondat(?:eur|rice)|propriétaire|gérant(?:e)?|directeur|directrice)',
    'ich bin (?:der |die )?(?:Gründer(?:in)?|Inhaber(?:in)?|Geschäftsführer(?:in)?)',
    'я (?:являюсь )?(?:владел[её]ц|основател|директор)\\S{0,3}',
  ]),
];

const GENERAL_MANAGER = [wordsRegex(['GM'], 'u'), wordsRegex(['general manager', 'gerente general', 'directeur g[ée]n[ée]ral'])];

/**
 * A trader describes itself as one, or speaks of its own customers and resale. "My local dealer" or
 * "a distributor of yours" describe someone else and say nothing about the writer.
 */
const TRADER = [
  wordsRegex([
    "(?:we are|we're|i am|i'm|(?:our )?(?:company|firm|business) is|(?:supply|supplies|electric|electrical|lighting|trading|group|inc\\.?|ltd\\.?|llc|gmbh|limited) is) (?:a |an |the )?(?:leading |major |local |regional |national |small |big |large |growing |established )?(?:[a-z&-]{2,20} ){0,3}(?:distributors?|wholesalers?|importers?|resellers?|retailers?|dealers?|trading (?:company|firm|house)|traders?|supermarket chain|retail chain|e-?commerce (?:company|seller|store)|(?:retail|wholesale) (?:stores?|shops?|outlets?|business|company)|(?:shop|store) owners?)",
    '(?:distributors?|wholesalers?|importers?|resellers?|dealers?) (?:of|for) [a-z -]{2,40} in [A-Z]',
    'import(?:ing)? company',
    'we (?:sell|supply|distribute|resell|import)(?: mainly| mostly| only)? (?:[a-z-]{2,20} ){0,4}to (?:[a-z-]{2,20} ){0,4}(?:contractors|shops|stores|retailers|customers|companies|chains|wholesalers|dealers|installers|hospitals|hotels|restaurants)',
    '(?:our|my) (?:customers|clients|shops|stores|buyers|retail stores|outlets|dealers|dealer network|resellers|end users|market)',
    '(?:for|to) (?:re-?sale|re-?sell|resell(?:ing)?)',
    // A platform's buying-request field: "Sourcing purpose: Wholesale".
    '(?:sourcing|purchase|purchasing|buying) purpose\\s{0,2}[:：]?\\s{0,3}(?:wholesale|resale|retail|distribution|reselling|trading)',
    're-?sell(?:ing)? (?:it|them|on)',
    'e-?bay|amazon (?:store|seller|listing)|(?:online|e-?commerce|web) (?:shop|store)',
    'distributorship',
    'sole agent',
    'exclusive (?:agent|distributor)',
    'target price',
    'own brand',
    'private label',
    '(?:monthly|annual|yearly|regular|weekly|repeat) (?:orders?|volumes?|requirements?|purchases?)',
    'long[- ]term (?:supply|cooperation|partnership|supplier)',
    'two-way (?:quote|price)',
    'distribuidor(?:a|es)?',
    'mayorista',
    'importador(?:a)?',
    'atacadista',
    'revendedor(?:a)?',
    'Gro[sß]h[aä]ndler',
    'Importeur',
    'grossiste',
    'importateur',
    'distributeur',
    'дистрибьютор\\S{0,3}',
    'оптов\\S{0,4}',
    'импортер\\S{0,3}',
  ]),
  /(?:经销商|批发商|进口商)/u,
];

const END_USER = [
  wordsRegex([
    '(?:our|own) (?:own )?(?:factory|plant|production(?: line)?|assembly line|workshop|mill|project|projects|site|warehouse project|lab|laboratory|research|testbed|test bench|application|system|setup|fleet|facility|facilities|office|offices|premises|staff|employees)',
    '(?:for|to) (?:my|our) (?:own |personal |new )?(?:use|home|house|family|son|daughter|wife|husband|kids|children|office|lab|laboratory|research|team|group|project|projects|company|business|plant|factory|production|car|truck|boat|garden|kitchen|clinic|hospital|school|farm)',
    'for (?:own|personal|private|internal|home) use',
    'research (?:project|purposes?|group|lab|work)',
    'for (?:a |my |our )?research',
    "(?:phd|doctoral|master'?s?) (?:student|candidate|project|thesis)",
    '(?:university|institute of technology|polytechnic|research (?:institute|center|centre))',
    '(?:replacement|spare) (?:parts?|units?|arms?|for)',
    'to (?:repair|replace|fix|upgrade|maintain)',
    'as a gift',
    '(?:i|we) (?:own|have|bought|purchased|use|am using|are using|run) (?:a|an|the|my|our|two|several)',
    '(?:i|we) (?:live|am located|are located|am based|are based) in',
    '(?:i|we) (?:want|plan|intend|would like|need) to (?:use|install|test|integrate|build|deploy|run|equip)',
    'we (?:manufacture|produce|process|install|build|assemble|operate|generate)',
    'manufacturer of',
    "(?:we are|we're) (?:a |an )?(?:[a-z-]{2,20} ){0,3}(?:factory|plant|manufacturer|processor|producer|mill|workshop|maker|utility|hospital|university|school|restaurant|hotel|contractor|installer)",
    'processing plant',
    'project engineer',
    'contractors?',
    'installers?',
    'unsere(?:r|n)? (?:Produktion|Fabrik|Anlage|Fertigung)',
    'nuestra (?:f[aá]brica|planta|producci[oó]n)',
    'nossa (?:f[aá]brica|produ[cç][aã]o)',
    'notre (?:usine|production)',
    'наш(?:е|ем|его)? (?:производств\\S{0,3}|завод\\S{0,3})',
  ]),
  /(?:我们的工厂|生产线|自用)/u,
];

/** The writer speaks for themself: "I am looking to purchase…", "I would like a quote…". */
const FIRST_PERSON_BUYING = wordsRegex([
  "i(?:'m| am| would| will|'d)?(?: also| now| really| very)? (?:like|want|wish|need|looking|interested|considering|planning|ready|going) (?:to )?(?:buy|purchase|order|get|a quote|a price|in (?:buying|purchasing|getting))?",
  'my (?:wife|husband|friends|family|son|daughter) and i',
  '(?:can|could|may) i (?:buy|purchase|order|get)',
]);

export interface RoleResult {
  role: Role;
  evidence?: string;
}

function find(patterns: readonly RegExp[], sources: readonly string[]): string | undefined {
  for (const s of sources) {
    if (!s) continue;
    for (const p of patterns) {
      const m = p.exec(s);
      if (m) return m[0].trim();
    }
  }
  return undefined;
}

/**
 * Who the buyer is (agent, purchasing clerk or manager, owner, trader, end user), from the title in the signature, then cues in the text.
 * Order matters: a commission agent may call himself director of his agency, and a purchasing manager
 * often works for a distributor; the cue that most changes the reply wins.
 */
export function detectRole(input: { title?: string; signature: string; text: string; asksSpecifically?: boolean; requestEvidence?: string }): RoleResult {
  const { title = '', signature, text } = input;
  const person = [title, signature];
  const ordered: Array<[Role, readonly RegExp[], readonly string[]]> = [
    ['agent', [AGENT], [text]],
    ['purchasing-clerk', PURCHASING_CLERK, person],
    ['purchasing-manager', PURCHASING_MANAGER, person],
    ['owner', OWNER, person],
    ['owner', OWNER_SELF, [text]],
    ['purchasing-manager', [DECIDES_BIDS], [text]],
    ['trader', TRADER, [text]],
    ['owner', GENERAL_MANAGER, person],
    ['end-user', END_USER, [text]],
  ];
  for (const [role, patterns, sources] of ordered) {
    const evidence = find(patterns, sources);
    if (evidence) return { role, evidence };
  }
  // Someone asking to buy a named thing, with no trade or company role in sight, is the one who will
  // use it: real buyers rarely say "for our own use".
  if (input.asksSpecifically) return { role: 'end-user', evidence: find([FIRST_PERSON_BUYING], [text]) ?? input.requestEvidence ?? '' };
  return { role: 'unknown' };
}
