// The background's template library: the default pack stored once (never over an agent's own library), handed
// to the sidebar by message, and each use counted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_TEMPLATES } from '@/lib/templates/default-pack';
import { startTracker } from '@/lib/tracker/start-tracker';
import { seedTemplatesIfEmpty } from '@/lib/tracker/templates';

const T0 = Date.UTC(2026, 10, 22, 20, 0);

afterEach(() => vi.useRealTimers());

describe('template seeding', () => {
  it('stores the default pack once, however often it runs', async () => {
    const db = openDatabase('templates-seed-1');
    expect(await seedTemplatesIfEmpty(db, T0)).toBe(DEFAULT_TEMPLATES.length);
    // Two wakes at once (install and startup) still seed once.
    expect(await Promise.all([seedTemplatesIfEmpty(db, T0 + 1), seedTemplatesIfEmpty(db, T0 + 2)])).toEqual([0, 0]);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
    expect((await db.templates.toArray()).every((t) => t.updatedAt === T0 && t.useCount === 0 && typeof t.id === 'number')).toBe(true);
  });

  it('leaves an agent’s own library alone', async () => {
    const db = openDatabase('templates-seed-2');
    await db.templates.add({ ...DEFAULT_TEMPLATES[0]!, name: 'Mine', useCount: 3, lastUsedAt: null, updatedAt: 1 });
    expect(await seedTemplatesIfEmpty(db, T0)).toBe(0);
    expect((await db.templates.toArray()).map((t) => t.name)).toEqual(['Mine']);
  });
});

describe('templates through the background', () => {
  it('seeds on start, answers getTemplates, and templateUsed counts the use', async () => {
    const db = openDatabase('templates-router-1');
    let now = T0;
    startTracker({ db, now: () => now });
    await vi.waitFor(async () => expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length));

    const templates = await sendMessage('getTemplates', null);
    expect(templates).toHaveLength(DEFAULT_TEMPLATES.length);
    const first = templates[0]!;

    now = T0 + 60_000;
    expect(await sendMessage('templateUsed', { id: first.id! })).toBeNull();
    now = T0 + 120_000;
    await sendMessage('templateUsed', { id: first.id! });
    expect(await db.templates.get(first.id!)).toMatchObject({ useCount: 2, lastUsedAt: T0 + 120_000 });
    await expect(sendMessage('templateUsed', { id: 999_999 })).rejects.toThrow(/no template/);
  });

  it('refuses getTemplates from a content script', async () => {
    startTracker({ db: openDatabase('templates-router-2'), now: () => T0 });
    const answer = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { replyclock: 1, type: 'getTemplates', data: null },
        { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://sellercentral.amazon.com/messaging/inbox-v3' },
        resolve,
      );
    });
    expect(answer).toEqual({ ok: false, error: 'getTemplates: not from an extension page' });
  });
});
