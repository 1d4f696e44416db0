import type { Plugin } from 'vite';

/**
 * Firefox's add-on review (`web-ext lint`) warns about every `innerHTML =` with a computed value and every
 * Function constructor in the package, wherever it comes from. None of ours: all seven came from
 * dependencies, in code paths the extension never takes or can take without HTML strings. Each is
 * rewritten here, at build time, to what the extension already does at run time, so the store review has
 * nothing to ask and nothing changes for the rep. A dependency update that moves the text fails the build
 * here, and tests/unit/web-ext-lint.test.ts catches anything new.
 */
interface Patch {
  /** The dependency file, as its resolved id ends. */
  file: RegExp;
  from: string;
  to: string;
  why: string;
}

const PARSED = (html: string) => `.replaceChildren(...new DOMParser().parseFromString(${html}, "text/html").body.childNodes)`;

export const PATCHES: readonly Patch[] = [
  {
    file: /node_modules\/zod\/v4\/core\/util\.js$/,
    from: 'const F = Function;\n        new F("");\n        return true;',
    to: 'return false;',
    why: 'zod probes for eval to compile schemas; every context runs it jitless (z.config({ jitless: true })) because MV3 pages forbid eval.',
  },
  {
    file: /node_modules\/zod\/v4\/core\/doc\.js$/,
    from: 'const F = Function;\n        const content = this?.content ?? [``];\n        const factory = new F(',
    to: 'throw new Error("zod schema compilation is off in InquiryLens (jitless)");\n        const content = this?.content ?? [``];\n        const factory = Array.of(',
    why: 'the compiler behind the probe above, unreachable once the probe says no.',
  },
  {
    file: /node_modules\/zod\/v4\/core\/compile\.js$/,
    from: 'const F = Function;',
    to: 'const F = function () { throw new Error("zod schema compilation is off in InquiryLens (jitless)"); };',
    why: 'the same compiler in zod\u2019s newer entry point.',
  },
  {
    file: /node_modules\/decimal\.js-light\/decimal\.js$/,
    from: "Function('return this')()",
    to: 'globalThis',
    why: 'recharts\u2019 decimal library looks for the global object the pre-2020 way.',
  },
  {
    file: /node_modules\/react-dom\/cjs\/react-dom\.production\.min\.js$/,
    from: 'if("http://www.w3.org/2000/svg"!==a.namespaceURI||"innerHTML"in a)a.innerHTML=b;else{mb=mb||document.createElement("div");mb.innerHTML="<svg>"+b.valueOf().toString()+"</svg>";for(b=mb.firstChild;a.firstChild;)a.removeChild(a.firstChild);for(;b.firstChild;)a.appendChild(b.firstChild)}',
    to: 'throw Error("dangerouslySetInnerHTML is not used in InquiryLens");',
    why: 'React\u2019s innerHTML writer, called only for dangerouslySetInnerHTML, which no component uses: it fails loudly instead of writing HTML.',
  },
  {
    file: /node_modules\/@mozilla\/readability\/Readability\.js$/,
    from: 'page.innerHTML = pageCacheHtml;',
    to: `page${PARSED('pageCacheHtml')};`,
    why: 'Readability restores the page between attempts from its HTML; an inert parse does the same without innerHTML.',
  },
  {
    file: /node_modules\/@mozilla\/readability\/Readability\.js$/,
    from: 'tmp.innerHTML = noscript.innerHTML;',
    to: `tmp${PARSED('noscript.innerHTML')};`,
    why: 'the same for the images Readability recovers from <noscript>.',
  },
];

export function lintClean(): Plugin {
  return {
    name: 'inquirylens-lint-clean',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      const patches = PATCHES.filter((p) => p.file.test(path));
      if (!patches.length) return null;
      let out = code;
      for (const p of patches) {
        if (!out.includes(p.from)) this.error(`lint-clean: ${path} no longer contains ${JSON.stringify(p.from)} (${p.why}) — check the dependency update`);
        out = out.split(p.from).join(p.to);
      }
      return { code: out, map: null };
    },
  };
}
