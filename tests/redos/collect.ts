/**
 * Every regular expression written in lib/: regex literals, and `RegExp(...)` / `new RegExp(...)`
 * calls, found with the TypeScript compiler's own scanner (a text search would be fooled by "/" in
 * strings, comments and division).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexSite {
  /** Repository-relative path, e.g. "lib/history/fingerprint.ts". */
  file: string;
  line: number;
  /** Known when the pattern is written out in the source; undefined for a pattern built at run time. */
  source?: string;
  flags?: string;
  /** The expression as written, for messages. */
  text: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return tsFiles(p);
      return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
    });
}

/** The literal value of a string or template-without-substitutions expression, if it is one. */
function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

export function collectRegexSites(root: string, dir = 'lib'): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of tsFiles(join(root, dir))) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        sites.push({ file, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1), text });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        const flagText = flags ? literalText(flags) : '';
        sites.push({
          file,
          line: lineOf(node),
          ...(source !== undefined && flagText !== undefined ? { source, flags: flagText } : {}),
          text: node.getText(sf).slice(0, 200),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
