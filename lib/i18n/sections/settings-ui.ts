/** The options page saved section by section, and the first-run setup in the panel. */
export const settingsUiEn = {
  settingsUi: {
    pageTitle: 'InquiryLens settings',
    replies: 'Replies and language',
    unsaved: 'Unsaved changes',
    saved: 'Saved.',
    saveFailed: 'Not saved: {error}',
    catalogSaved: 'Imported {count} models.',
    catalogSavedOne: 'Imported 1 model.',
    catalogNotSaved: 'Read {count} models but could not save them: {error}',
    leaveWarning: 'Some changes are not saved yet. Leave anyway?',
    setupTitle: 'Set up InquiryLens',
    setupIntro: 'A few details make the verdicts and replies yours. All optional; Settings has the rest.',
    setupDomains: 'Your own domains (one per line)',
    setupIndustry: 'Your industry (one word or phrase per line)',
    setupCatalog: 'Product catalog (CSV with a model column)',
    setupSave: 'Save and start',
    setupSkip: 'Skip for now',
    setupSaving: 'Saving…',
  },
} as const;

export const settingsUiZh: { [S in keyof typeof settingsUiEn]: { [K in keyof (typeof settingsUiEn)[S]]: string } } = {
  settingsUi: {
    pageTitle: 'InquiryLens 设置',
    replies: '回复与语言',
    unsaved: '有未保存的更改',
    saved: '已保存。',
    saveFailed: '未保存：{error}',
    catalogSaved: '已导入 {count} 个型号。',
    catalogSavedOne: '已导入 1 个型号。',
    catalogNotSaved: '已读取 {count} 个型号，但无法保存：{error}',
    leaveWarning: '部分更改尚未保存。仍要离开吗？',
    setupTitle: '设置 InquiryLens',
    setupIntro: '填写几项信息，判断和回复就更贴合你的公司。均为选填，其余在“设置”中。',
    setupDomains: '你公司自己的域名（每行一个）',
    setupIndustry: '你的行业（每行一个词或短语）',
    setupCatalog: '产品目录（含 model 列的 CSV）',
    setupSave: '保存并开始',
    setupSkip: '暂时跳过',
    setupSaving: '正在保存…',
  },
};
