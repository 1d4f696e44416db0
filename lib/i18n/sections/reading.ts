/** Reading a site's message and writing into its reply box, when the page does not cooperate. */
export const readingEn = {
  reading: {
    unreadable: 'This message could not be read, so it was not judged. Paste its text below to judge it.',
    inserted: 'Inserted at the cursor in the reply box.',
    noReplyBox: 'Nothing was inserted: open the reply on the site and click where the text should go, then insert again.',
    refused: 'The site did not accept the text, so nothing was changed. Copy the reply instead.',
    invokeFirst: 'Click the InquiryLens button in the toolbar while this page is open, then choose “Analyse this page” again.',
    bestEffort: 'Read by a best-effort reader: no real page of this message centre has been captured yet. Check the sender and the text against the page.',
  },
} as const;

export const readingZh: { [S in keyof typeof readingEn]: { [K in keyof (typeof readingEn)[S]]: string } } = {
  reading: {
    unreadable: '无法读取这封邮件，因此未作判断。可将正文粘贴到下方进行判断。',
    inserted: '已插入到回复框的光标处。',
    noReplyBox: '未插入任何内容：请先在网站上打开回复，并点击要插入文字的位置，然后再次插入。',
    refused: '网站未接受这段文字，未做任何更改。请改用复制。',
    invokeFirst: '请在打开此页面时点击工具栏中的 InquiryLens 按钮，然后再次选择“分析此页面”。',
    bestEffort: '此页面由尽力而为的读取器读取：尚未收集到该消息中心的真实页面。请对照页面核对发件人和正文。',
  },
};
