// Puts triage on a conversation: the buyer's waiting text decides category, priority and urgency, unless the
// agent corrected the category (that sticks); the same text is never classified twice.
import { hashText } from '../hash-text';
import type { Conversation, Platform, TriageRecord } from '../model';
import { DEFAULT_POLICIES, type SlaPolicies } from '../sla/policies';
import { classify, type PlatformSignal } from '../triage/classify';

export interface TriageInput {
  /** The buyer's waiting messages (or a list row's subject and preview), oldest first. */
  texts: string[];
  /** Buyer messages in a row with no seller reply between them. */
  unansweredInARow?: number;
}

/** A request's kind, on a platform, is a signal that settles the category by itself. */
const CASE_SIGNALS: Partial<Record<Platform, PlatformSignal>> = {
  amazon: 'amazon-a-to-z-claim',
  etsy: 'etsy-help-request',
};

export function applyTriage(conversation: Conversation, input: TriageInput, policies: SlaPolicies = DEFAULT_POLICIES): Conversation {
  const text = input.texts.map((t) => t.trim()).filter(Boolean).join('\n');
  if (!text) return conversation;
  const textKey = `${text.length}:${hashText(text)}:${conversation.kind}:${input.unansweredInARow ?? 1}`;
  if (conversation.triage?.textKey === textKey) return conversation;
  const result = classify(text, {
    platform: conversation.platform,
    subject: conversation.subject,
    signals: signalsFor(conversation),
    unansweredInARow: input.unansweredInARow,
  });
  const triage: TriageRecord = {
    language: result.language,
    sentiment: result.sentiment,
    urgent: result.urgent,
    noResponseNeeded: result.noResponseNeeded,
    reasons: result.reasons.map((reason) => ({ ...reason })),
    category: result.category,
    textKey,
  };
  const category = conversation.categoryByAgent ? conversation.category : result.category;
  return { ...conversation, triage, category, priority: priorityFor(category, result.urgent, policies) };
}

/** The category's tier, raised to A when the buyer's message is urgent. */
export function priorityFor(category: Conversation['category'], urgent: boolean, policies: SlaPolicies = DEFAULT_POLICIES) {
  return urgent ? 'A' : policies.categoryTargets[category].tier;
}

/** The page's own word on which request this is, else the platform's one kind of case. */
function signalsFor(conversation: Conversation): PlatformSignal[] {
  if (conversation.kind !== 'case') return [];
  const signal = conversation.caseSignal ?? CASE_SIGNALS[conversation.platform];
  return signal ? [signal] : [];
}
