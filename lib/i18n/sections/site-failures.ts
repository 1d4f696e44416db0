import type { SiteFailureCode } from '../../sites/failures';

/** Why a site's page could not be read, one sentence per failure code of the readers (lib/sites/failures.ts). */
export const siteFailuresEn = {
  siteFailure: {
    'no-message-hooks': 'This page shows a message, but none of the layouts InquiryLens knows for this site matched it. The site may have changed its layout.',
    'no-reading-pane': 'This page shows a message, but its reading pane was not found.',
    'no-body': 'The message was found, but not its text. It may still be loading, or the site may have changed its layout.',
    'body-found-no-main': 'The message text was found, but not the reading pane around it, so its sender and subject cannot be placed.',
    'no-message-content':
      'This message center page should show a buyer’s message, but its text was not found. The site readers for message centers are best-effort until real pages are collected.',
    'no-open-message': 'No open message was found on this page: nothing here carries a sender, a date and a message text together.',
    'read-failed': 'Reading this page failed.',
  },
} as const satisfies { siteFailure: Record<SiteFailureCode, string> };

export const siteFailuresZh: { [S in keyof typeof siteFailuresEn]: { [K in keyof (typeof siteFailuresEn)[S]]: string } } = {
  siteFailure: {
    'no-message-hooks': '此页面显示了一封邮件，但与 InquiryLens 已知的该网站页面结构都不匹配。网站可能更改了页面结构。',
    'no-reading-pane': '此页面显示了一封邮件，但未找到阅读窗格。',
    'no-body': '找到了这封邮件，但没有找到它的正文。邮件可能仍在加载，或网站更改了页面结构。',
    'body-found-no-main': '找到了邮件正文，但没有找到包含它的阅读窗格，因此无法确定发件人和主题。',
    'no-message-content': '此消息中心页面应显示买家的消息，但未找到消息正文。在收集到真实页面之前，消息中心的读取只能尽力而为。',
    'no-open-message': '此页面上没有找到打开的邮件：没有任何区域同时包含发件人、日期和正文。',
    'read-failed': '读取此页面失败。',
  },
};
