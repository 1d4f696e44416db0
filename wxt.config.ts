import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites/hosts';
import { lintClean } from './scripts/vite-lint-clean';

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
  vite: () => ({ plugins: [lintClean()], build: { chunkSizeWarningLimit: 2000 } }),
  zip: {
    excludeSources: ['node_modules/**', '.output/**', 'tests/artifacts/**', 'scratch/**'],
  },
});
