export type { GlossedReply, ReplyInput } from './compose';
export { buildReplies, PHRASES, recommendedKind, REPLY_KINDS } from './compose';
