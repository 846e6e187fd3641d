// The one typed protocol between content scripts, extension pages and the background. Every message is
// { type, data }; every answer is { ok: true, value } or { ok: false, error }, so a failure in the
// background reaches the caller as a rejected promise with a message, never as silence.
import { browser, type Browser } from 'wxt/browser';
import type { Category, Conversation, ReadResult, ThreadReadResult } from './model';

export interface IngestRequest {
  /** The page the snapshots were read from. */
  url: string;
  result: ReadResult;
}

export interface IngestResponse {
  tracked: number;
  overdue: number;
}

/** An open thread, read off its page. */
export interface IngestThreadRequest {
  url: string;
  result: ThreadReadResult;
}

/** The agent's correction of a conversation's category (sidebar, dashboard): it sticks. */
export interface SetCategoryRequest {
  id: string;
  category: Category;
}

export interface ProtocolMap {
  ingest: { request: IngestRequest; response: IngestResponse };
  ingestThread: { request: IngestThreadRequest; response: IngestResponse };
  setCategory: { request: SetCategoryRequest; response: Conversation };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  replyclock: 1;
  type: K;
  data: Request<K>;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = {
  [K in MessageType]: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>>;
};

export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { replyclock: 1, type, data };
  const answer = (await browser.runtime.sendMessage(envelope)) as Answer<Response<K>> | undefined;
  if (!answer) throw new Error(`no answer to ${type}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/**
 * Registers the background's handlers. Answers through sendResponse and `return true`, the one form that
 * works in Chromium, Firefox and WXT's fake browser. Messages that are not ours are left to other listeners.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return false;
    const handler = handlers[message.type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(message.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).replyclock === 1;
}
