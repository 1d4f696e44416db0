/**
 * The buyer's own name for the greeting: what they call themselves ("this is Maria Lopez", a sign-off
 * "John"), then the display name when it is a person's, never a department ("Purchase Department"), a
 * company ("Global Trading") or markup a hostile sender put there.
 */

const NAME_WORD = "[A-Z\\u00C0-\\u00DE][a-z\\u00DF-\\u024F'’-]{1,20}";
const PERSON = `(?:(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Sr|Sra)\\.?\\s{1,2})?${NAME_WORD}(?:\\s{1,2}${NAME_WORD}){0,2}`;
const SELF_INTRO = new RegExp(
  `(?:^|[.!?\\n]\\s{0,3}|,\\s{0,2})(?:this is|my name is|i am|i'm|me llamo|mi nombre es|soy|meu nome [ée]|sou|je m'appelle|je suis|ich bin|mein name ist|меня зовут)\\s{1,3}(${PERSON})(?=\\s{0,2}[,.!;\\n]|\\s{1,2}(?:from|of|at|de|da|do|von|y|and|und|et|e|и|из)\\s|\\s*$)`,
  'iu',
);
const CJK_NAME = /^[\u4e00-\u9fff]{2,4}$|^[\uac00-\ud7af]{2,4}$/u;

/** Words that make a display name or a line a role, a team or a firm rather than a person. */
const NOT_PERSON =
  /\b(?:purchas\w*|procurement|department|dept|team|sales|support|service|services|info|office|admin|trading|group|company|co|ltd|llc|inc|gmbh|corp|limited|international|global|industries|import|export|enterprises?|solutions|buyer|manager|director|customer|account|accounts|finance|billing|notification|noreply|no-reply|alibaba|made-in-china|marketing|hr|the|and|of|for|regards|thanks|thank|best|sincerely|sent|from|img|script|src|href|http|www)\b/i;
const MARKUP = /[<>{}[\]=/\\@#$%^*|~`"]/;

function person(candidate: string): string | undefined {
  const clean = candidate.replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60 || MARKUP.test(clean) || /\d/.test(clean) || NOT_PERSON.test(clean)) return undefined;
  if (CJK_NAME.test(clean)) return clean;
  const words = clean.split(' ').filter((w) => !/^(?:mr|mrs|ms|miss|dr|herr|frau|sr|sra)\.?$/i.test(w));
  if (!words.length || words.length > 3) return undefined;
  // A person's name is written with capitals ("maria lopez" from an address is lower case and not trusted).
  return words.every((w) => /^[A-Z\u00C0-\u00DE\u0400-\u042F][\p{L}'’-]{1,20}$/u.test(w) || CJK_NAME.test(w)) ? clean : undefined;
}

/** The first short line after the closing formula is the writer's name: "Best regards,\nJohn". */
const CLOSING =
  /^\s{0,6}(?:best|kind|warm(?:est)?)?\s?(?:regards|wishes)[,.!]?\s*$|^\s{0,6}(?:many )?thanks(?: (?:and|&) (?:best )?regards| in advance)?[,.!]?\s*$|^\s{0,6}thank you[,.!]?\s*$|^\s{0,6}(?:yours )?(?:sincerely|faithfully|truly)[,.!]?\s*$|^\s{0,6}cheers[,.!]?\s*$|^\s{0,6}(?:un )?saludos?(?: cordiales)?[,.!]?\s*$|^\s{0,6}atentamente[,.!]?\s*$|^\s{0,6}atenciosamente[,.!]?\s*$|^\s{0,6}cordialement[,.!]?\s*$|^\s{0,6}mit freundlichen gr[üu](?:ß|ss)en[,.!]?\s*$|^\s{0,6}с уважением[,.!]?\s*$/iu;

function signedName(body: string): string | undefined {
  const lines = body.slice(-2000).split('\n');
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 30); i--) {
    if (!CLOSING.test(lines[i]!)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const line = lines[j]!.trim();
      if (!line) continue;
      return person(line.slice(0, 80).replace(/[,.]{1,10}$/, ''));
    }
  }
  // "thanks brad mckay" or "Thanks, Mike" on one line.
  const inline = /(?:thanks|thank you|regards|cheers)[,!.]?\s{1,3}([A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20})?)\s*$/m.exec(body.slice(-400));
  return inline ? person(inline[1]!) : undefined;
}

export function buyerNameOf(input: { body: string; displayNames: readonly string[] }): string {
  const intro = SELF_INTRO.exec(input.body.slice(0, 2000));
  const introduced = intro?.[1] ? person(intro[1]) : undefined;
  if (introduced) return introduced;
  const signed = signedName(input.body);
  if (signed) return signed;
  for (const d of input.displayNames) {
    // "DELANEY, Mark" is a person written surname first.
    const flipped = /^([A-Z][A-Za-z'-]{1,20}),\s{0,2}([A-Z][a-z'-]{1,20})$/.exec(d.trim());
    const name = person(flipped ? `${flipped[2]} ${flipped[1]![0]}${flipped[1]!.slice(1).toLowerCase()}` : d.replace(/["']/g, ''));
    if (name) return name;
  }
  return '';
}
