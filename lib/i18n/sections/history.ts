/** The history page, in both UI languages. (Owned by the history page; extend both objects together.) */
export const historyEn = {
  history: {
    title: 'Inquiry history',
  },
} as const;

export const historyZh: { [S in keyof typeof historyEn]: { [K in keyof (typeof historyEn)[S]]: string } } = {
  history: {
    title: '询盘历史',
  },
};
