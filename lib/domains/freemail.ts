/**
 * Free webmail and disposable mailboxes, from maintained lists (email-providers, disposable-email-domains),
 * plus the rep's own additions. B2B platforms are not free mail even where the lists include them
 * (alibaba.com also runs a mail service): their mail is judged as a relay.
 */
import allProviders from 'email-providers/all.json';
// The package's own lookup rebuilds a Set on every call; build it once from its list.
import disposableList from 'disposable-email-domains-js/dist/dict/disposable_email_blocklist.json';
import { platformOf } from './platforms';

const FREE = new Set<string>(allProviders as string[]);
const DISPOSABLE = new Set<string>(disposableList as string[]);

// Providers reps meet every day that a list may miss or spell differently.
for (const d of [
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'yandex.ru',
  'yandex.com',
  'rambler.ru',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'rediffmail.com',
  'zoho.com',
  'yahoo.co.in',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.es',
  'yahoo.com.br',
  'hotmail.fr',
  'hotmail.es',
  'hotmail.co.uk',
  'outlook.fr',
  'outlook.es',
  'libero.it',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'orange.fr',
  'laposte.net',
  'wanadoo.fr',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'interia.pl',
  'onet.pl',
])
  FREE.add(d);

export function isFreeMail(domain: string | null | undefined, extra: readonly string[] = []): boolean {
  if (!domain) return false;
  const d = domain.toLowerCase();
  if (platformOf(d)) return false;
  return FREE.has(d) || extra.includes(d);
}

export function isDisposable(domain: string | null | undefined): boolean {
  if (!domain) return false;
  return DISPOSABLE.has(domain.toLowerCase());
}
