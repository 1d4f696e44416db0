import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ParseResult } from '../lib/parse';
import { parseEml, parseMbox } from '../lib/parse';

export interface ParsedInput {
  /** The path as given, or, inside a folder, the file name. */
  file: string;
  /** Position inside an mbox file. */
  index?: number;
  result: ParseResult;
}

const MAIL_EXT = new Set(['.eml', '.mbox', '.mbx', '.msg', '.txt', '']);

function isMbox(path: string, head: Buffer): boolean {
  return ['.mbox', '.mbx'].includes(extname(path).toLowerCase()) || head.subarray(0, 5).toString('latin1') === 'From ';
}

async function* readOne(path: string, label: string): AsyncGenerator<ParsedInput> {
  const raw = readFileSync(path);
  if (isMbox(path, raw)) {
    for (const { index, result } of await parseMbox(raw)) yield { file: label, index, result };
  } else {
    yield { file: label, result: await parseEml(raw, { source: 'eml', fallbackId: basename(path) }) };
  }
}

/** Every message in a file, an mbox, or the mail files of a folder (sorted by name, not recursive). */
export async function* readInputs(path: string): AsyncGenerator<ParsedInput> {
  const st = statSync(path);
  if (!st.isDirectory()) {
    yield* readOne(path, path);
    return;
  }
  const names = readdirSync(path)
    .filter((n) => !n.startsWith('.') && MAIL_EXT.has(extname(n).toLowerCase()) && statSync(join(path, n)).isFile())
    .filter((n) => !/^(?:MANIFEST|README|LICENSE)/i.test(n))
    .sort();
  for (const n of names) yield* readOne(join(path, n), n);
}
