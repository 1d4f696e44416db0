/** Saving a censored copy of a page's structure for a bug report, when a page cannot be read. */
export const captureEn = {
  capture: {
    title: 'Report a reading problem',
    explain:
      'Save a censored copy of this page’s structure to attach to a bug report. Names, addresses, numbers, subjects and message text are replaced by placeholders (x, X, 0); only the page’s layout and the site’s own labels remain. You see the copy before it is saved, and it is saved only on this computer.',
    preview: 'Show what would be saved',
    loading: 'Copying the page’s structure…',
    previewLabel: 'Censored page structure that will be saved',
    summary: '{elements} elements, {size} KB, to be saved as {file}.',
    cut: 'The page is larger than a capture holds, so the copy stops early. What is there is still useful.',
    pane: 'The page is larger than a capture holds, so only its reading pane was copied.',
    save: 'Save',
    discard: 'Discard',
    saved: 'Saved as {file} in your downloads. Attach it to your bug report.',
    unavailable:
      'This page’s structure cannot be copied: InquiryLens copies it only on Gmail, Outlook and the message centres it reads by itself. If this is one of them, reload the page and try again.',
    refused: 'The page did not return a copy. Reload the page and try again.',
  },
} as const;

export const captureZh: { [S in keyof typeof captureEn]: { [K in keyof (typeof captureEn)[S]]: string } } = {
  capture: {
    title: '报告读取问题',
    explain:
      '保存此页面结构的脱敏副本，附在问题报告中。姓名、地址、数字、主题和邮件正文都会替换为占位符（x、X、0），只保留页面布局和网站自身的标签。保存前可先查看副本，文件只保存在本机。',
    preview: '查看将要保存的内容',
    loading: '正在复制页面结构…',
    previewLabel: '将要保存的脱敏页面结构',
    summary: '{elements} 个元素，{size} KB，将保存为 {file}。',
    cut: '页面超出单次复制的上限，副本只包含前面一部分，仍可用于排查。',
    pane: '页面超出单次复制的上限，因此只复制了阅读窗格。',
    save: '保存',
    discard: '放弃',
    saved: '已保存为下载文件夹中的 {file}，请将其附在问题报告中。',
    unavailable: '无法复制此页面的结构：InquiryLens 只能在 Gmail、Outlook 以及它自动读取的询盘中心页面上复制。如果这是其中之一，请刷新页面后重试。',
    refused: '页面没有返回副本。请刷新页面后重试。',
  },
};
