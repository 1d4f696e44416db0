/**
 * Extension match patterns ("https://host/*", "https://*.host/path*") checked against an address, so
 * an adapter's one pattern list serves both the manifest and its own `matches`.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const sep = pattern.indexOf('://');
  if (sep < 0) return false;
  const scheme = pattern.slice(0, sep);
  const rest = pattern.slice(sep + 3);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '/*' : rest.slice(slash);
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const h = url.hostname;
  if (host.startsWith('*.') ? !(h === host.slice(2) || h.endsWith(host.slice(1))) : host !== '*' && host !== h) return false;
  const p = url.pathname + url.search;
  return path.endsWith('*') ? p.startsWith(path.slice(0, -1)) : p === path;
}

export function matchesAny(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
