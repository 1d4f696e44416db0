export { StatsPage, StoreProblem, storeMessage, HISTORY_PAGE } from './StatsPage';
export type { StatsPageProps } from './StatsPage';
