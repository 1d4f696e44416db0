export { HistoryPage, HistoryUnavailable } from './HistoryPage';
export type { HistoryPageProps } from './HistoryPage';
export { HistoryList, ROW_HEIGHT } from './HistoryList';
export { RecordDetail } from './RecordDetail';
export { SearchFilters } from './SearchFilters';
export type { HistoryFilters } from './SearchFilters';
export { csvLabels, storeMessage } from './text';
