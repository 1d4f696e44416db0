import type { Region } from '../analysis';

/**
 * ISO 3166-1 alpha-2 → the regions reps sort their buyers by. Grouped by region so the
 * table reads as the rep's map, not as 250 scattered lines.
 */
const REGION_MEMBERS: Record<Exclude<Region, 'unknown'>, string> = {
  'north-america': 'US CA MX BM GL PM',
  'south-america':
    'AR BO BR CL CO EC FK GF GY PE PY SR UY VE BZ CR SV GT HN NI PA CU DO HT JM TT BS BB AG DM GD KN LC VC PR AW CW SX BQ KY TC VG VI AI MS GP MQ BL MF',
  'western-europe': 'GB IE FR DE NL BE LU CH AT LI MC AD ES PT IT SM VA MT GR CY DK NO SE FI IS FO GI IM JE GG AX',
  'eastern-europe': 'PL CZ SK HU RO BG SI HR BA RS ME MK AL XK MD UA BY RU LT LV EE GE AM AZ',
  mena: 'AE SA QA KW BH OM YE IQ IR JO LB SY PS IL TR EG LY TN DZ MA EH SD',
  'sub-saharan-africa':
    'NG GH KE TZ UG RW BI ET ER DJ SO SS ZA NA BW ZW ZM MW MZ AO CD CG GA GQ CM CF TD NE ML BF SN GM GW GN SL LR CI TG BJ MR CV ST MG MU SC KM LS SZ RE YT SH',
  'south-asia': 'IN PK BD LK NP BT MV AF',
  'southeast-asia': 'VN TH MY SG ID PH MM KH LA BN TL',
  'east-asia': 'CN HK MO TW JP KR KP MN KZ KG TJ TM UZ',
  oceania: 'AU NZ PG FJ SB VU NC PF WS TO KI TV NR FM MH PW CK NU GU MP AS WF',
};

const REGION_BY_COUNTRY = new Map<string, Region>(
  Object.entries(REGION_MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((c) => [c, region as Region] as const)),
);

export function regionOf(country: string | undefined): Region {
  return (country && REGION_BY_COUNTRY.get(country.toUpperCase())) || 'unknown';
}

/** Country-code top-level domains that are used as generic ones and say nothing about location. */
const GENERIC_CCTLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'app', 'ly', 'cc', 'ws', 'fm', 'to', 'gg', 'la', 'sh', 'so', 'is', 'nu']);

/** The country a domain's ccTLD points to ("acme.co.uk" → GB), or undefined for generic TLDs. */
export function countryOfDomain(domain: string | null | undefined): string | undefined {
  if (!domain) return undefined;
  const tld = domain.toLowerCase().split('.').pop() ?? '';
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return undefined;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return REGION_BY_COUNTRY.has(code) ? code : undefined;
}
