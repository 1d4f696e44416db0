/**
 * Domains that are never "the buyer's company website": social networks, messengers, link shorteners,
 * mail trackers and big hosting/file-share services. A link to them says nothing about the company.
 */
export const SOCIAL = new Set([
  'linkedin.com', 'facebook.com', 'fb.com', 'instagram.com', 'twitter.com', 'x.com', 'youtube.com', 'youtu.be', 'tiktok.com',
  'wa.me', 'whatsapp.com', 'weixin.qq.com', 'wechat.com', 'vk.com', 'ok.ru', 't.me', 'telegram.me', 'pinterest.com', 'skype.com',
]);

export const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'is.gd', 'cutt.ly', 'rb.gy', 'ow.ly', 's.id', 't.ly', 'shorturl.at',
  'rebrand.ly', 'tiny.cc', 'buff.ly', 'v.gd', 'qrco.de', 'lnkd.in', 'shorte.st', 'adf.ly', 'bl.ink', 'short.io', 'urlz.fr',
  'x.gd', 'clck.ru', 'u.to', 'tny.im', 'gg.gg', 'surl.li', 'lihi.cc', 'linktr.ee', 'tiny.one', 'bit.do', 'soo.gd',
]);

/** Free hosting, form and file-share hosts where phishing pages live behind a reputable name. */
export const ABUSED_HOSTS = new Set([
  '000webhostapp.com', 'weebly.com', 'wixsite.com', 'blogspot.com', 'web.app', 'firebaseapp.com', 'workers.dev', 'pages.dev',
  'netlify.app', 'vercel.app', 'glitch.me', 'repl.co', 'ngrok.io', 'ngrok-free.app', 'github.io', 'herokuapp.com', 'azurewebsites.net',
  'windows.net', 'r2.dev', 'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'webflow.io', 'square.site', 'godaddysites.com',
  'jimdosite.com', 'carrd.co', 'sites.google.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com', 'docs.google.com',
  'forms.gle', 'typeform.com', 'jotform.com', 'formstack.com', 'mailchi.mp', 'canva.site', 'my.canva.site', 'notion.site',
  'sharepoint.com', '1drv.ms', 'onedrive.live.com', 'dropbox.com', 'wetransfer.com', 'we.tl', 'mediafire.com', 'box.com',
  'linodeobjects.com', 'amazonaws.com', 'digitaloceanspaces.com', 'backblazeb2.com', 'surge.sh', 'yolasite.com', 'strikingly.com',
]);

/** Is this host (or its registrable domain) in the set? Handles "sites.google.com"-style host entries. */
export function hostIn(set: ReadonlySet<string>, host: string, domain: string | null): boolean {
  if (domain && set.has(domain)) return true;
  let h = host;
  while (h.includes('.')) {
    if (set.has(h)) return true;
    h = h.slice(h.indexOf('.') + 1);
  }
  return false;
}
