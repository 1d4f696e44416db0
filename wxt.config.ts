import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites/hosts';
import { lintClean } from './scripts/vite-lint-clean';

const dep = (names: string): RegExp => new RegExp(`node_modules[\\\\/](?:${names})[\\\\/]`);

/**
 * Splits the extension pages' shared libraries into chunks of their own (the goal: no chunk a page loads
 * over 200 kB; `npm run -s bench` reports it as history_page_js_bytes). Without it the bundler packs React
 * DOM, zod and the page code into one shared chunk and recharts into the statistics page's own. Only the
 * pages' build (ES modules) is split: the worker and content scripts are single files. Recharts is cut
 * into several chunks that import each other, so modules run in source order (`strictExecutionOrder`):
 * otherwise one chunk reads another's module before it has run and the statistics page stays blank.
 */
function pageChunks(): Plugin {
  return {
    name: 'inquirylens-page-chunks',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      return {
        ...options,
        strictExecutionOrder: true,
        codeSplitting: {
          groups: [
            // React DOM is one module (129 kB minified in React 18; React 19's client alone is 203 kB): it gets a
            // chunk to itself, React and the scheduler another.
            { name: 'react', test: dep('react|scheduler'), priority: 20 },
            { name: 'react-dom', test: dep('react-dom'), priority: 20 },
            { name: 'zod', test: dep('zod'), priority: 20 },
            { name: 'dexie', test: dep('dexie'), priority: 20 },
            // Recharts and what it brings (d3, redux, immer, …), for the statistics page: 700 kB of source a
            // chunk, about 150 kB minified.
            { name: 'charts', test: dep('recharts'), priority: 10, maxSize: 700_000 },
            // Loaded only to import a history file or upgrade an old history (company keys of old records).
            { name: 'tldts', test: dep('tldts|tldts-core'), priority: 20 },
            { name: 'free-mail', test: dep('email-providers'), priority: 20 },
            { name: 'disposable-mail', test: dep('disposable-email-domains-js'), priority: 20 },
          ],
        },
      };
    },
  };
}

// The manifest depends on the target: Chrome gets the sidePanel permission,
// Firefox (which has no sidePanel API) gets sidebar_action from the same entrypoint.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: lib/ and components/ must read the same in Node, tests and the extension.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'InquiryLens',
    description: 'Judge export sales inquiries where you read them. Everything is analysed locally.',
    permissions:
      browser === 'firefox' ? ['storage', 'contextMenus', 'scripting', 'activeTab'] : ['storage', 'contextMenus', 'sidePanel', 'scripting', 'activeTab'],
    // No `tabs`: it brings the "read your browsing history" warning. The panel learns a supported
    // tab's address from these host permissions (the content script's sites, so no new warning) and
    // other pages are read only through activeTab or a per-site grant.
    host_permissions: [...SITE_MATCHES],
    action: { default_title: 'InquiryLens' },
    // "Analyse this page" asks for the one site the rep is on, at the moment they ask.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inquirylens@inquirylens.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // Firefox's add-on review flags innerHTML and eval in dependencies' dead paths: see scripts/vite-lint-clean.ts.
  // The 500 kB chunk warning is about downloads over a network; an extension's files load from disk.
  vite: () => ({ plugins: [lintClean(), pageChunks()], build: { chunkSizeWarningLimit: 2000 } }),
  zip: {
    excludeSources: ['node_modules/**', '.output/**', 'tests/artifacts/**', 'scratch/**'],
  },
});
