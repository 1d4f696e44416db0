/** History storage problems and import/export, in both UI languages. */
export const storeEn = {
  store: {
    quota:
      'The browser has no room left for history. This verdict is shown but not saved; nothing stored earlier was touched. Export and delete old inquiries, or set a retention period.',
    blocked: 'Another open InquiryLens tab uses an older version of the history. Close or reload it; the history opens as soon as it lets go.',
    closed: 'The history was closed by another tab or an update. Reload this page; nothing was lost.',
    'upgrade-failed':
      'The history could not be opened or upgraded. Your data is left exactly as it was; reload, and if it keeps failing, export a report from the history page.',
    unavailable: 'This browser does not allow extension storage here, so history is off. Verdicts still work.',
    'bad-import': 'This file is not an InquiryLens history export (JSON). Nothing was imported.',
    'newer-import': 'This file was made by a newer version of InquiryLens. Update InquiryLens, then import it again. Nothing was imported.',
    'skip.invalid': 'a field does not fit ({reason})',
    'skip.not-a-date': 'a date in it is not a real date',
    'skip.too-large': 'its message text is longer than InquiryLens keeps',
    'skip.key-mismatch': 'it is filed under another message’s key, and would overwrite that message’s record',
    unknown: 'The history could not be read or written: {detail}',
    unreadable: '{count} stored inquiries could not be read. They are kept as they are; download them to keep a copy.',
    downloadUnreadable: 'Download unreadable records',
    deleteUnreadable: 'Delete unreadable records',
  },
} as const;

export const storeZh: { [S in keyof typeof storeEn]: { [K in keyof (typeof storeEn)[S]]: string } } = {
  store: {
    quota: '浏览器没有空间保存更多历史。本次判断已显示但未保存；之前保存的记录未受影响。请导出并删除旧询盘，或设置保留期限。',
    blocked: '另一个打开的 InquiryLens 标签页正在使用旧版本的历史库。请关闭或刷新它，释放后历史会立即打开。',
    closed: '历史库已被其他标签页或更新关闭。请刷新本页，数据没有丢失。',
    'upgrade-failed': '无法打开或升级历史库。您的数据保持原样；请刷新，若仍失败，请在历史页导出报告。',
    unavailable: '此浏览器不允许扩展在这里存储数据，历史功能已关闭，判断仍可使用。',
    'bad-import': '此文件不是 InquiryLens 历史导出文件（JSON），未导入任何内容。',
    'newer-import': '此文件由更新版本的 InquiryLens 导出。请先更新 InquiryLens，再重新导入。未导入任何内容。',
    'skip.invalid': '有字段不符合要求（{reason}）',
    'skip.not-a-date': '其中的日期不是有效日期',
    'skip.too-large': '邮件正文超过 InquiryLens 可保存的长度',
    'skip.key-mismatch': '它登记在另一封邮件的键名下，导入会覆盖那封邮件的记录',
    unknown: '无法读取或写入历史：{detail}',
    unreadable: '有 {count} 条已保存询盘无法读取。它们保持原样保留；可下载以留存副本。',
    downloadUnreadable: '下载无法读取的记录',
    deleteUnreadable: '删除无法读取的记录',
  },
};
