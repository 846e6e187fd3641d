// Which status an agent can set on a conversation now: the one rule the sidebar's buttons, the dashboard's
// bulk actions and the background's bulk handler all follow.
import type { AgentStatus } from '../messaging';
import type { Conversation } from '../model';

/**
 * Which status actions make sense now. Pure: a replied conversation can still be resolved; closed ones need
 * none; "no response needed" exists only on Amazon (only Amazon takes a message out of its metric).
 */
export function availableStatuses(conversation: Pick<Conversation, 'status' | 'platform'>): AgentStatus[] {
  if (conversation.status === 'awaiting') {
    return conversation.platform === 'amazon' ? ['replied', 'no-response-needed', 'resolved'] : ['replied', 'resolved'];
  }
  return conversation.status === 'replied' ? ['resolved'] : [];
}
