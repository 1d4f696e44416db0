/**
 * The IANA RDAP bootstrap for domain names (RFC 9224, https://data.iana.org/rdap/dns.json): which
 * registry's RDAP server answers for which top-level domain. Shipped as dated data so a lookup asks
 * the registry directly and nobody else learns the domain; refresh with `npx tsx scripts/rdap-bootstrap.ts`.
 *
 * This copy is a hand-written subset of common TLDs in the registry's own structure, written without
 * network access: the refresh script replaces it with the full file.
 */
export const RDAP_BOOTSTRAP = {
  description: 'RDAP bootstrap file for Domain Name System registrations (subset)',
  publication: '2026-11-01T00:00:00Z',
  source: 'hand-written subset',
  services: [
    [['com'], ['https://rdap.verisign.com/com/v1/']],
    [['net'], ['https://rdap.verisign.com/net/v1/']],
    [['cc'], ['https://tld-rdap.verisign.com/cc/v1/']],
    [['name'], ['https://tld-rdap.verisign.com/name/v1/']],
    [['org'], ['https://rdap.publicinterestregistry.org/rdap/']],
    [['info', 'pro', 'io'], ['https://rdap.identitydigital.services/rdap/']],
    [['biz'], ['https://rdap.nic.biz/']],
    [['us'], ['https://rdap.nic.us/']],
    [['xyz'], ['https://rdap.centralnic.com/xyz/']],
    [['store', 'online', 'site', 'tech'], ['https://rdap.radix.host/rdap/']],
    [['app', 'dev'], ['https://pubapi.registry.google/rdap/']],
    [['tv'], ['https://rdap.nic.tv/']],
    [['br'], ['https://rdap.registro.br/']],
    [['uk'], ['https://rdap.nominet.uk/uk/']],
    [['fr'], ['https://rdap.nic.fr/']],
    [['nl'], ['https://rdap.sidn.nl/']],
    [['au'], ['https://rdap.cctld.au/rdap/']],
  ],
} as const satisfies RdapBootstrap;

export interface RdapBootstrap {
  publication: string;
  services: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
  [k: string]: unknown;
}
