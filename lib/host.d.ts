/**
 * The few host facilities the pure core uses, declared with only the members it uses.
 *
 * The core (lib/ without its adapters: see tsconfig.core.json and eslint.config.js) is type-checked
 * without the DOM library and without Node's types, so a stray `document`, `window` or `require` in it
 * fails `npm run check`. What is declared here is what every runtime the core runs in provides: Node
 * (tests, the CLI, the scripts), the extension's service worker and its pages. Adding a line here is
 * adding a dependency on the host: it must hold in all three.
 *
 * Each shape repeats the one the DOM library and @types/node give, so the full program, which has both,
 * merges these declarations without conflict.
 */
/* eslint-disable no-var -- host globals are `var`, as in the DOM library and @types/node: a `const` would clash with theirs. */

/** lib/signals/lure.ts: decoding base64 in tracking links. */
declare function atob(data: string): string;

/** lib/parse/mbox.ts: a mailbox given as text is split as bytes. */
interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

/** lib/parse/mime.ts: the parse time budget. */
interface Performance {
  now(): number;
}
declare var performance: Performance;

/** lib/analyze.ts: a failing signal is reported when INQUIRYLENS_DEBUG is set (Node only: guarded by typeof). */
interface Console {
  error(...data: unknown[]): void;
}
declare var console: Console;
declare namespace NodeJS {
  interface ProcessEnv {
    [name: string]: string | undefined;
  }
  interface Process {
    env: ProcessEnv;
  }
}
declare var process: NodeJS.Process;
