import '../lib/browser/setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, saveSettings, watchSettings } from '../lib/browser/settings-store';
import { startWorker } from '../lib/extension/worker-service';
import { HistoryDb } from '../lib/history/db';

export default defineBackground(() => {
  startWorker({
    browser,
    history: new HistoryDb(),
    settings: { load: () => loadSettings().then((s) => s.settings), watch: watchSettings, save: saveSettings },
  });
});
