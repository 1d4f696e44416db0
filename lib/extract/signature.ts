/**
 * The trailing signature block: after a closing formula, or after "--". Reps read the signature for
 * the company, title, address and phones, so signals look there first.
 */
const CLOSINGS =
  /^\s{0,6}(?:best|kind|warm|warmest)?\s?(?:regards|wishes)|^\s{0,6}(?:many )?thanks(?: (?:and|&) (?:best )?regards| in advance)?|^\s{0,6}thank you|^\s{0,6}sincerely|^\s{0,6}yours (?:faithfully|sincerely|truly)|^\s{0,6}cheers|^\s{0,6}rgds|^\s{0,6}br,?$|^\s{0,6}mit freundlichen gr[üu](?:ß|ss)en|^\s{0,6}(?:viele |beste )?gr[üu](?:ß|ss)e|^\s{0,6}cordialement|^\s{0,6}bien (?:à vous|cordialement)|^\s{0,6}salutations|^\s{0,6}(?:un )?saludos?|^\s{0,6}atentamente|^\s{0,6}atenciosamente|^\s{0,6}(?:um )?abra[çc]o|^\s{0,6}cumprimentos|^\s{0,6}distinti saluti|^\s{0,6}cordiali saluti|^\s{0,6}с уважением|^\s{0,6}спасибо|^\s{0,6}此致|^\s{0,6}敬礼|^\s{0,6}谢谢|^\s{0,6}よろしくお願い|^\s{0,6}감사합니다|^\s{0,6}--\s*$|^\s{0,6}__\s*$/iu;

const MAX_LINES = 40;

/** Lines mail systems append below the writer's signature: relay footers, platform notices, device tags. */
const BOILERPLATE =
  /(?:sent|submitted) (?:from|via|using|through)|contact form|automated (?:notification|message|e-?mail)|do not reply|please do not reply|sign in to|message center|unsubscribe|this (?:e-?mail|message) (?:and any attachments|is confidential|was sent|contains)|confidential(?:ity)? notice|disclaimer|virus|antiv[ií]rus|enviado desde|envoyé de|gesendet von|отправлено с|^\s*(?:--|__)\s*$/i;

function stripTrailingBoilerplate(lines: string[]): string[] {
  let end = lines.length;
  // A line with no letter or digit (".", "*", "~~") is a stray mark below the signature, not part of it.
  while (end > 0 && (!/[\p{L}\p{N}]/u.test(lines[end - 1]!) || BOILERPLATE.test(lines[end - 1]!))) end--;
  return lines.slice(0, end);
}

export function findSignature(body: string): string {
  const tail = body.length > 6000 ? body.slice(-6000) : body;
  const lines = stripTrailingBoilerplate(tail.split('\n'));
  // Search upwards from the end for the last closing formula within a reasonable distance.
  const floor = Math.max(0, lines.length - 60);
  for (let i = lines.length - 1; i >= floor; i--) {
    const line = lines[i]!;
    if (line.length <= 60 && CLOSINGS.test(line)) {
      const block = lines
        .slice(i, i + MAX_LINES)
        .join('\n')
        .trim();
      if (block) return block;
    }
  }
  // No closing: the last block of short lines (name, title, company, phone) is the signature.
  const out: string[] = [];
  for (let i = lines.length - 1; i >= floor && out.length < 12; i--) {
    const line = lines[i]!.trim();
    if (!line) {
      if (out.length) break;
      continue;
    }
    if (line.length > 80) break;
    out.unshift(line);
  }
  return out.length >= 2 ? out.join('\n') : '';
}
