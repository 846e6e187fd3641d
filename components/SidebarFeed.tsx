// Where the sidebar's conversation comes from, live. The sidebar reads Dexie directly (a liveQuery), as every
// extension page does; but a browser that blocks storage in third-party frames (third-party cookies off:
// Chromium's default in some builds, Brave, incognito) refuses the database to an extension page framed in a
// seller page. There it asks the background instead, and again whenever the background announces a change.
import Dexie, { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../lib/db';
import type { Conversation } from '../lib/model';
import { isConversationsChanged } from '../lib/sidebar-protocol';

/** Calls `onChange` with the conversation now and after every change, until the returned function is called. */
export type ConversationFeed = (id: string, onChange: (conversation: Conversation | undefined) => void) => () => void;

export function dexieFeed(db: ReplyclockDb): ConversationFeed {
  return (id, onChange) => {
    const subscription = liveQuery(() => db.conversations.get(id)).subscribe({
      next: onChange,
      error: (error: unknown) => console.warn('[Replyclock] sidebar could not read the conversation:', error),
    });
    return () => subscription.unsubscribe();
  };
}

/** Through the background: fetched now, and again on each "conversations changed" broadcast. */
export function backgroundFeed(getConversation: (id: string) => Promise<Conversation | null>): ConversationFeed {
  return (id, onChange) => {
    let latest = 0;
    let stopped = false;
    const requestConversation = () => {
      const request = ++latest;
      getConversation(id).then(
        (conversation) => {
          // An older answer arriving after a newer one must not win.
          if (!stopped && request === latest) onChange(conversation ?? undefined);
        },
        (error: unknown) => console.warn('[Replyclock] sidebar could not read the conversation:', error),
      );
    };
    const listener = (message: unknown) => {
      if (isConversationsChanged(message)) requestConversation();
      return undefined; // not answering: the message is a notice
    };
    browser.runtime.onMessage.addListener(listener);
    requestConversation();
    return () => {
      stopped = true;
      browser.runtime.onMessage.removeListener(listener);
    };
  };
}

/**
 * Dexie when this frame may open the extension's own database, else the background. A browser that
 * partitions third-party storage would hand the frame an empty database of its own instead of refusing: the
 * real one always holds settings (the background stores its clock fingerprint when it first starts).
 */
export async function chooseFeed(db: ReplyclockDb, getConversation: (id: string) => Promise<Conversation | null>): Promise<ConversationFeed> {
  try {
    await db.open();
    if ((await db.settings.count()) > 0) return dexieFeed(db);
  } catch (error) {
    if (!(error instanceof Dexie.DexieError)) console.warn('[Replyclock] sidebar database:', error);
  }
  return backgroundFeed(getConversation);
}

/** [conversation] once read (undefined inside: not stored yet); undefined while the first read is under way. */
export function useConversation(feed: ConversationFeed, id: string | null): readonly [Conversation | undefined] | undefined {
  const [state, setState] = useState<{ id: string | null; value: readonly [Conversation | undefined] } | undefined>(undefined);
  useEffect(() => {
    if (id === null) return;
    return feed(id, (conversation) => setState({ id, value: [conversation] }));
  }, [feed, id]);
  if (id === null) return [undefined];
  return state?.id === id ? state.value : undefined;
}
