/**
 * Separates what the sender wrote in this message from the history below it (replies, forwards,
 * `>` quoting), in the languages trade mail arrives in. The rep judges the buyer on the new text;
 * a quoted earlier mail is often the rep's own and must not count as the buyer's words.
 *
 * Works line by line and only inspects lines of bounded length, so the cost is linear and a
 * megabyte-long line cannot make a pattern backtrack.
 */

export interface QuoteSplit {
  /** New text of this message (or, for a bare forward, the forwarded message's text). */
  body: string;
  /** History: quoted replies and forwarded messages below the new text. */
  quoted: string;
}

export interface SplitOptions {
  /** The mail's subject: "Fwd:"/"WG:"/"转发:" tells a forward from a reply when the separator is ambiguous. */
  subject?: string;
}

/** Separator lines are short; longer lines are content and are never pattern-matched. */
const MAX_MARKER_LINE = 400;
/** Below this many words of content above the separator, a forward carries the actual message. */
const TRIVIAL_WORDS = 15;
const MAX_FORWARD_DEPTH = 3;
const HEADER_BLOCK_SPAN = 8;

type SeparatorKind = 'forward' | 'original' | 'reply' | 'headers';

interface Separator {
  kind: SeparatorKind;
  line: number;
}

function phraseSet(list: string): Set<string> {
  return new Set(list.split('|').map((s) => s.trim()));
}

// Marker lines, compared after stripping surrounding dashes/underscores/equals and a trailing colon.
const FORWARD_MARKERS = phraseSet(
  'forwarded message|begin forwarded message|forwarded e-mail|forwarded email|' +
    'weitergeleitete nachricht|anfang der weitergeleiteten nachricht|weitergeleitete e-mail|' +
    'message transféré|début du message réexpédié|début du message transféré|message transfere|' +
    'mensaje reenviado|inicio del mensaje reenviado|comienzo del mensaje reenviado|' +
    'mensagem encaminhada|início da mensagem encaminhada|início da mensagem reencaminhada|mensagem reencaminhada|' +
    'пересылаемое сообщение|пересланное сообщение|начало переадресованного сообщения|' +
    '转发的邮件|转发邮件|轉寄的郵件|轉寄郵件|' +
    'messaggio inoltrato|inizio messaggio inoltrato|doorgestuurd bericht|begin doorgestuurd bericht|' +
    'wiadomość przekazana dalej|przekazana wiadomość|iletilen mesaj|転送されたメッセージ|videresendt melding|vidarebefordrat meddelande',
);
// Used by Outlook and others for replies and forwards alike.
const ORIGINAL_MARKERS = phraseSet(
  "original message|ursprüngliche nachricht|originalnachricht|message d'origine|message d’origine|message original|" +
    'mensaje original|mensagem original|исходное сообщение|原始邮件|原始郵件|原邮件|' +
    'messaggio originale|oorspronkelijk bericht|oryginalna wiadomość|orijinal mesaj|元のメッセージ|opprinnelig melding|ursprungligt meddelande',
);

// "On <date>, <name> wrote:" and its translations. Verbs are matched near the end of the line.
const ATTRIBUTION_VERBS = [
  'wrote',
  'schrieb',
  'a écrit',
  'escribió',
  'escreveu',
  'написал(а)',
  'написала',
  'написал',
  'пишет',
  '写道',
  '寫道',
  'ha scritto',
  'schreef',
  'napisał(a)',
  'napisała',
  'napisał',
  'yazdı',
  'skrev',
  'kirjoitti',
  'έγραψε',
  'napsal',
  'írta',
];
const ATTRIBUTION_STARTS = ['on ', 'am ', 'le ', 'el ', 'em ', 'il ', 'op ', 'den ', 'w dniu ', 'dnia ', '在', '于', 'on:'];

const FROM_LABELS = phraseSet('from|von|de|от|发件人|寄件者|寄件人|da|van|od|från|fra|kimden|差出人|lähettäjä|afzender|remetente|expéditeur');
const DATE_LABELS = phraseSet(
  'sent|date|gesendet|datum|envoyé|enviado|enviada|enviado em|enviada em|fecha|data|отправлено|дата|' +
    '发送时间|日期|時間|寄件日期|inviato|verzonden|wysłano|skickat|sendt|tarih|送信日時|sent at|lähetetty|odesláno',
);
const TO_LABELS = phraseSet('to|an|à|a|para|кому|收件人|aan|do|till|til|kime|宛先|vastaanottaja|komu');
const SUBJECT_LABELS = phraseSet('subject|betreff|objet|asunto|assunto|тема|主题|主旨|oggetto|onderwerp|temat|ämne|emne|konu|件名|aihe|předmět');
const OTHER_HEADER_LABELS = phraseSet(
  'cc|bcc|reply-to|kopie|copie|cópia|copia|копия|抄送|副本|importance|wichtigkeit|priority|attachments|anlagen|' +
    'pièces jointes|adjuntos|anexos|вложения|附件|objet du message|sent by',
);

// Forward prefixes of subjects in the languages above; checked after peeling off reply prefixes.
const FORWARD_SUBJECT = /^(?:fwd?|wg|tr|rv|enc|vs|vl|doorst|pd|i|转发|轉寄|fw|пересл|пересл\.)\s?[:：]/i;
const REPLY_SUBJECT = /^(?:re|aw|sv|antw|odp|ynt|r|res|回复|答复|回覆|ответ)\s?[:：]\s?/i;

export function isForwardSubject(subject: string | undefined): boolean {
  if (!subject) return false;
  let s = subject.slice(0, 200).trimStart();
  for (let i = 0; i < 4; i++) {
    const m = REPLY_SUBJECT.exec(s);
    if (!m) break;
    s = s.slice(m[0].length).trimStart();
  }
  return FORWARD_SUBJECT.test(s) || /^\[fwd?[:：]/i.test(s);
}

/** Strips the decoration around a marker line: dashes, underscores, equals signs, stars, a trailing colon. */
function markerCore(t: string): string {
  let a = 0;
  let b = t.length;
  const deco = (c: string | undefined): boolean => c === '-' || c === '_' || c === '=' || c === '*' || c === ' ' || c === '~' || c === '—';
  while (a < b && deco(t[a])) a++;
  while (b > a && (deco(t[b - 1]) || t[b - 1] === ':' || t[b - 1] === '：')) b--;
  return t.slice(a, b).toLowerCase();
}

function markerKind(t: string): 'forward' | 'original' | undefined {
  if (t.length > 120) return undefined;
  const core = markerCore(t);
  if (!core) return undefined;
  if (FORWARD_MARKERS.has(core) || core.startsWith('forwarded by ') || core.startsWith('forwarded message from')) {
    return 'forward';
  }
  if (ORIGINAL_MARKERS.has(core)) return 'original';
  return undefined;
}

/** "Label:" at the start of a line (Outlook bold stars removed), lowercased; undefined when none. */
function headerLabel(line: string): string | undefined {
  if (line.length > MAX_MARKER_LINE) return undefined;
  const t = line.replace(/\*/g, '').trimStart();
  const m = /^([^\s:：][^:：\n]{0,24})[:：]/.exec(t);
  return m?.[1] ? m[1].trim().toLowerCase() : undefined;
}

function isAnyHeaderLabel(label: string): boolean {
  return FROM_LABELS.has(label) || DATE_LABELS.has(label) || TO_LABELS.has(label) || SUBJECT_LABELS.has(label) || OTHER_HEADER_LABELS.has(label);
}

/** An Outlook-style header block ("From: … Sent: … To: … Subject: …") starting at line i. */
function isHeaderBlock(lines: string[], i: number): boolean {
  const first = headerLabel(lines[i] ?? '');
  if (!first || !FROM_LABELS.has(first)) return false;
  let hasDate = false;
  let hasTo = false;
  let hasSubject = false;
  let hasAddress = (lines[i] ?? '').includes('@');
  const end = Math.min(lines.length, i + 1 + HEADER_BLOCK_SPAN);
  for (let j = i + 1; j < end; j++) {
    const line = lines[j] ?? '';
    const label = headerLabel(line);
    if (!label) continue;
    if (DATE_LABELS.has(label)) hasDate = true;
    else if (TO_LABELS.has(label)) hasTo = true;
    else if (SUBJECT_LABELS.has(label)) hasSubject = true;
    if (line.length <= MAX_MARKER_LINE && line.includes('@')) hasAddress = true;
  }
  // "From: Shanghai / To: Hamburg / Date: June" in an inquiry is a shipping route, not a mail header:
  // a real block names a subject or an address.
  return hasDate && (hasTo || hasSubject) && (hasSubject || hasAddress);
}

function endsWithColon(s: string): boolean {
  return s.endsWith(':') || s.endsWith('：');
}

function looksLikeAttribution(joined: string, startsLikeOne: boolean): boolean {
  const s = joined.trim().toLowerCase();
  if (!endsWithColon(s) || s.length > 600) return false;
  const tail = s.slice(Math.max(0, s.length - 160));
  const hasVerb = ATTRIBUTION_VERBS.some((v) => tail.includes(v));
  const anchored = startsLikeOne || /\d/.test(s) || s.includes('@');
  if (hasVerb && anchored) return true;
  // Gmail in Russian and several webmails write only "<date>, <time>, Name <address>:".
  return s.endsWith('>:') && s.includes('@') && /\d{1,2}:\d{2}/.test(s);
}

/** Number of lines (1–3) of a reply attribution starting at line i, or 0. */
function attributionLength(lines: string[], i: number): number {
  const first = (lines[i] ?? '').trim();
  if (!first || first.length > MAX_MARKER_LINE) return 0;
  const lower = first.toLowerCase();
  const startsLikeOne = ATTRIBUTION_STARTS.some((s) => lower.startsWith(s));
  if (looksLikeAttribution(first, startsLikeOne)) return 1;
  // Clients wrap long attributions; only lines that open like one are joined with the next.
  if (!startsLikeOne) return 0;
  let joined = first;
  for (let k = 1; k <= 2 && i + k < lines.length; k++) {
    const next = (lines[i + k] ?? '').trim();
    if (!next || next.length > MAX_MARKER_LINE) return 0;
    joined += ` ${next}`;
    if (looksLikeAttribution(joined, true)) return k + 1;
  }
  return 0;
}

/** `>`-quoted line; "> 500 pcs" or ">= 3" written by the sender is a comparison, not a quote. */
function isQuotedLine(line: string): boolean {
  if (line.charCodeAt(0) !== 62 /* > */) return false;
  const rest = line.slice(1, 4).trimStart();
  return !/^[\d=]/.test(rest);
}

/** Removes every level of `>` quoting from a line. */
function unquote(line: string): string {
  let i = 0;
  while (line.charCodeAt(i) === 62) {
    i++;
    if (line.charCodeAt(i) === 32) i++;
  }
  return line.slice(i);
}

function findSeparator(lines: string[]): Separator | undefined {
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.length === 0 || raw.length > MAX_MARKER_LINE || isQuotedLine(raw)) continue;
    const t = raw.trim();
    const marker = markerKind(t);
    if (marker) return { kind: marker, line: i };
    if (attributionLength(lines, i) > 0) return { kind: 'reply', line: i };
    if (isHeaderBlock(lines, i)) return { kind: 'headers', line: i };
  }
  return undefined;
}

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hallo|guten (?:tag|morgen)|liebe|lieber|sehr geehrte|bonjour|salut|hola|buenos días|buenas|olá|ola|prezado|prezada|caro|cara|ciao|здравствуйте|добрый день|привет|уважаемый|уважаемая|您好|你好|尊敬的)(?:[\s,!.:]|$)/i;
const CLOSING =
  /^(?:(?:best|kind|warm|many)?\s?(?:regards|wishes)|thanks?(?: you| a lot)?|thx|cheers|br|rgds|sincerely|yours|mit freundlichen grüßen|mfg|viele grüße|beste grüße|gruß|cordialement|bien à vous|saludos|atentamente|un saludo|atenciosamente|cumprimentos|abraços|grazie|cordiali saluti|с уважением|спасибо|всего доброго|此致|谢谢|谢谢！|祝好|順頌商祺)[\s,!.]*$/i;
const CONTACT_LINE = /@|https?:|www\.|^[+()\d\s./-]{6,60}$|^(?:tel|phone|mob|mobile|fax|whatsapp|wechat|skype)\b/i;

function countWords(line: string): number {
  let words = 0;
  for (const token of line.split(/\s+/)) {
    if (!token) continue;
    // CJK text has no spaces; two characters make roughly one word.
    let cjk = 0;
    for (const ch of token) if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(ch)) cjk++;
    words += cjk > 0 ? Math.max(1, Math.ceil(cjk / 2)) : 1;
    if (words > 100) break;
  }
  return words;
}

/** Words of actual content: greetings, contact lines and everything after a sign-off do not count. */
function contentWords(lines: string[]): number {
  let words = 0;
  for (const raw of lines) {
    const t = raw.trim();
    if (!t) continue;
    if (t === '--' || t.startsWith('-- ')) break;
    if (t.length <= 60 && CLOSING.test(t)) break;
    if (t.length <= 80 && GREETING.test(t)) continue;
    if (t.length <= MAX_MARKER_LINE && CONTACT_LINE.test(t)) continue;
    words += countWords(t.slice(0, 2000));
    if (words >= TRIVIAL_WORDS) return words;
  }
  return words;
}

function isDecorationLine(t: string): boolean {
  return t.length > 0 && t.length <= MAX_MARKER_LINE && /^[-_=*~—\s]+$/.test(t);
}

/** Drops leading/trailing blank and decoration lines (Outlook's "_____" rule above its header block). */
function joinTrimmed(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  const skip = (l: string | undefined): boolean => {
    const t = (l ?? '').trim();
    return t === '' || isDecorationLine(t);
  };
  while (a < b && skip(lines[a])) a++;
  while (b > a && skip(lines[b - 1])) b--;
  return lines.slice(a, b).join('\n');
}

/** Index of the first line after a forward's marker and header block (From/Date/Subject/To lines). */
function skipForwardHeaders(lines: string[], start: number, kind: SeparatorKind): number {
  let i = start;
  if (kind === 'reply') return i + Math.max(1, attributionLength(lines, i));
  if (kind === 'forward' || kind === 'original') i++;
  const limit = Math.min(lines.length, i + 30);
  let inHeader = false;
  while (i < limit) {
    const raw = lines[i] ?? '';
    const t = raw.trim();
    if (t === '' || isDecorationLine(t)) {
      // A blank line ends the header block once it has started.
      if (t === '' && inHeader) return i + 1;
      i++;
      continue;
    }
    const label = headerLabel(raw);
    if (label && isAnyHeaderLabel(label)) {
      inHeader = true;
      i++;
      continue;
    }
    // Folded header values are indented.
    if (inHeader && /^\s/.test(raw)) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

function splitLines(text: string, depth: number, subject: string | undefined): QuoteSplit {
  const lines = text.split('\n');
  const sep = findSeparator(lines);
  const end = sep ? sep.line : lines.length;

  // `>` lines above the separator are history too; the sender's inline answers between them stay.
  const own: string[] = [];
  const quotedAbove: string[] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i] ?? '';
    if (isQuotedLine(line)) quotedAbove.push(line);
    else own.push(line);
  }
  const body = joinTrimmed(own);
  const trivial = contentWords(own) < TRIVIAL_WORDS;

  if (!sep) {
    // An old-style forward quotes the whole message with `>`: with nothing said above, it is the content.
    if (trivial && depth < MAX_FORWARD_DEPTH && quotedAbove.length > 0 && (isForwardSubject(subject) || body === '')) {
      const unquoted = quotedAbove.map(unquote);
      return withNote(splitLines(unquoted.join('\n'), depth + 1, undefined), body);
    }
    return { body, quoted: joinTrimmed(quotedAbove) };
  }

  const forwardLike = sep.kind === 'forward' || (sep.kind !== 'reply' && isForwardSubject(subject)) || (body === '' && quotedAbove.length === 0);
  if (forwardLike && trivial && depth < MAX_FORWARD_DEPTH) {
    const contentStart = skipForwardHeaders(lines, sep.line, sep.kind);
    const inner = splitLines(lines.slice(contentStart).join('\n'), depth + 1, undefined);
    if (inner.body !== '') return withNote(inner, body);
  }

  const rest = lines.slice(sep.line);
  return { body, quoted: joinTrimmed([...quotedAbove, ...(quotedAbove.length ? [''] : []), ...rest]) };
}

/** The forwarder's short note ("FYI, see below") is kept, but as history, not as the buyer's words. */
function withNote(inner: QuoteSplit, note: string): QuoteSplit {
  if (!note) return inner;
  return { body: inner.body, quoted: inner.quoted ? `${note}\n\n${inner.quoted}` : note };
}

export function splitQuoted(text: string, opts: SplitOptions = {}): QuoteSplit {
  try {
    if (!text) return { body: '', quoted: '' };
    return splitLines(text.replace(/\r\n?/g, '\n'), 0, opts.subject);
  } catch {
    // Nothing here should throw; if it does, the whole text is still better than none.
    return { body: text, quoted: '' };
  }
}
