/** The statistics page, in both UI languages. (Owned by the statistics page; extend both objects together.) */
export const statsEn = {
  stats: {
    title: 'Statistics',
  },
} as const;

export const statsZh: { [S in keyof typeof statsEn]: { [K in keyof (typeof statsEn)[S]]: string } } = {
  stats: {
    title: '统计',
  },
};
