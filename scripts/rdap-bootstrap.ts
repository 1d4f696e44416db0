/**
 * Refreshes lib/online/rdap-bootstrap.ts from IANA's RDAP bootstrap for domain names (RFC 9224), so each
 * lookup goes straight to the domain's own registry. Run before a release: `npx tsx scripts/rdap-bootstrap.ts`
 * (or with a saved copy: `npx tsx scripts/rdap-bootstrap.ts dns.json`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const SOURCE = 'https://data.iana.org/rdap/dns.json';
const OUT = join(import.meta.dirname, '../lib/online/rdap-bootstrap.ts');

const Bootstrap = z.object({
  description: z.string().optional(),
  publication: z.string(),
  version: z.string().optional(),
  services: z.array(z.tuple([z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/)), z.array(z.string().regex(/^https?:\/\/\S+$/))])).min(1),
});

export function render(json: unknown): string {
  const b = Bootstrap.parse(json);
  const services = b.services
    .map(([tlds, urls]) => `    [${JSON.stringify(tlds)}, ${JSON.stringify(urls.filter((u) => u.startsWith('https://')))}],`)
    .join('\n');
  return `/**
 * The IANA RDAP bootstrap for domain names (RFC 9224, ${SOURCE}): which registry's RDAP server answers
 * for which top-level domain. Shipped as dated data so a lookup asks the registry directly and nobody
 * else learns the domain; refresh with \`npx tsx scripts/rdap-bootstrap.ts\`. Generated: do not edit.
 */
export const RDAP_BOOTSTRAP = {
  description: ${JSON.stringify(b.description ?? '')},
  publication: ${JSON.stringify(b.publication)},
  source: ${JSON.stringify(SOURCE)},
  services: [
${services}
  ],
} as const satisfies RdapBootstrap;

export interface RdapBootstrap {
  publication: string;
  services: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
  [k: string]: unknown;
}
`;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const json: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : await (await fetch(SOURCE, { headers: { accept: 'application/json' } })).json();
  writeFileSync(OUT, render(json));
  console.log(`wrote ${OUT}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
