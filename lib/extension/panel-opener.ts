/** Chrome's side panel API, as far as the worker uses it. */
export interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** Firefox's sidebar (its `sidebar_action` comes from the same entrypoint as Chrome's side panel). */
export interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Opens the panel beside a tab: Chrome's side panel where the browser has one, Firefox's sidebar
 * otherwise. `open` must be called inside the rep's click, before any await: the browsers refuse to
 * open either without a user gesture.
 */
export function panelOpener(api: { sidePanel?: SidePanelApi | undefined; sidebarAction?: SidebarActionApi | undefined }): (tabId: number | undefined) => void {
  const { sidePanel, sidebarAction } = api;
  // The toolbar button opens the panel from our own click handler rather than Chrome's
  // openPanelOnActionClick: only a handled click counts as invoking the extension on the page, which
  // grants activeTab, so "Analyse this page" can read the page the rep is on without the `tabs`
  // permission or a grant for every site.
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  return (tabId) => {
    if (sidePanel && tabId !== undefined) sidePanel.open({ tabId }).catch(() => undefined);
    else sidebarAction?.open().catch(() => undefined);
  };
}
