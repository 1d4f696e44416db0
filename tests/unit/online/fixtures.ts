import { analyze } from '../../../lib/analyze';
import type { Analysis } from '../../../lib/analysis';
import type { Inquiry } from '../../../lib/inquiry';
import { makeInquiry } from '../../../lib/inquiry';
import type { Endpoints } from '../../../lib/online/endpoints';
import { DEFAULT_ENDPOINTS } from '../../../lib/online/endpoints';

export const FERRETERIA_BODY =
  'Estimados,\n\nFavor de cotizar 200 pzas del taladro DR-550, FOB Ningbo.\n\nSaludos,\nLuis Garza\nGerente de Compras\nFerretería Norte S.A. de C.V.\nAv. Constitución 1200, Monterrey, NL, México\nTel: +52 81 8340 1200\nwww.ferreterianorte.com.mx';

export function ferreteria(id = 'f1'): { inquiry: Inquiry; analysis: Analysis } {
  const inquiry = makeInquiry({
    source: 'paste',
    id,
    from: { name: 'Luis Garza', address: 'compras@ferreterianorte.com.mx' },
    subject: 'Cotización taladros DR-550',
    body: FERRETERIA_BODY,
  });
  return { inquiry, analysis: analyze(inquiry) };
}

/** A short request from a company domain registered weeks ago, that takes no mail. */
export function youngSender(id = 'y1'): { inquiry: Inquiry; analysis: Analysis } {
  const inquiry = makeInquiry({
    source: 'paste',
    id,
    from: { name: 'Tom Baker', address: 'tom@young.example' },
    subject: 'Order',
    body: 'Hello, please send price for 500 pcs of model KX-200 and your catalogue.\n\nTom Baker',
  });
  return { inquiry, analysis: analyze(inquiry) };
}

export function endpointsFor(site: string, rdap: string, doh: string): Endpoints {
  return { ...DEFAULT_ENDPOINTS, site: `${site}/site/{host}/`, rdap: `${rdap}/rdap/`, doh: `${doh}/dns-query` };
}
