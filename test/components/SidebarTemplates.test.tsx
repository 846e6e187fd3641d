// The sidebar's template panel against a fake background (WXT's fake browser answering getTemplates,
// insertReply and templateUsed the way lib/messaging.ts's router does): ranking by the conversation's category
// and language, Enter inserting the rendered text, gaps visible and marked, compliance warnings named, buyer
// text as text, and a template's own shortcut.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidebarTemplates } from '@/components/SidebarTemplates';
import type { Conversation, Template } from '@/lib/model';
import { messagingActions } from '@/lib/sidebar-protocol';

const NOW = Date.UTC(2026, 10, 22, 20, 0);

function template(id: number, extra: Partial<Template>): Template {
  return {
    id,
    name: `Template ${id}`,
    body: 'Hello',
    platforms: [],
    language: 'en',
    category: null,
    tags: [],
    shortcut: null,
    useCount: 0,
    lastUsedAt: null,
    updatedAt: NOW,
    ...extra,
  };
}

const TEMPLATES: Template[] = [
  template(1, { name: 'Refund issued · en', category: 'return', body: 'Dear {{buyerName}}, your refund for {{orderId}} is on its way.' }),
  template(2, { name: 'Tracking · de', category: 'shipping', language: 'de', body: 'Hallo {{buyerFirstName}}, Bestellung {{orderId}}.' }),
  template(3, {
    name: 'Tracking · en',
    category: 'shipping',
    body: 'Hi {{buyerFirstName}}, order {{orderId}} ships with tracking {{trackingNumber}}.',
  }),
  template(4, { name: 'Write to us', category: 'other', body: 'Please email help@shop-example.com about it.', shortcut: 'alt+4' }),
];

function conversation(extra: Partial<Conversation> = {}): Conversation {
  return {
    id: 'amazon:US:amzn1.thread.FX0001',
    platform: 'amazon',
    marketplace: 'US',
    threadId: 'amzn1.thread.FX0001',
    buyer: 'Emma Whitfield',
    orderId: '111-2223334-4445556',
    subject: 'Where is my order?',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?threadId=amzn1.thread.FX0001',
    lastBuyerAt: NOW - 3600_000,
    awaitingSince: NOW - 3600_000,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'shipping',
    priority: 'B',
    dueAt: null,
    platformDueAt: null,
    teamDueAt: null,
    resolveBy: null,
    triage: { language: 'en', sentiment: 'neutral', urgent: false, noResponseNeeded: false, reasons: [], category: 'shipping', textKey: 'k' },
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: NOW - 3600_000,
    updatedAt: NOW,
    ...extra,
  };
}

/** The background, faked: answers like handleMessages (sendResponse + return true) and records what it was asked. */
function fakeBackground(templates: Template[] = TEMPLATES) {
  const received: { type: string; data: unknown }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string; data: unknown }, _sender: unknown, sendResponse: (a: unknown) => void) => {
    received.push({ type: message.type, data: message.data });
    const value = message.type === 'getTemplates' ? templates : message.type === 'insertReply' ? { inserted: true } : null;
    sendResponse({ ok: true, value });
    return true;
  }) as never);
  return received;
}

function show(c: Conversation = conversation()) {
  return render(<SidebarTemplates conversationId={c.id} conversation={c} now={NOW} actions={messagingActions()} />);
}

async function names(): Promise<string[]> {
  await screen.findAllByTestId('template');
  return screen.getAllByTestId('template').map((li) => li.querySelector('.sidebar__template-name')!.textContent!);
}

afterEach(cleanup);

describe('the sidebar template panel', () => {
  it('ranks the conversation’s category first, the buyer’s language within it', async () => {
    fakeBackground();
    show();
    expect((await names()).slice(0, 2)).toEqual(['Tracking · en', 'Tracking · de']);
    // Another category and language: the order follows the conversation.
    cleanup();
    show(conversation({ category: 'return', triage: { ...conversation().triage!, language: 'de' } }));
    expect((await names())[0]).toBe('Refund issued · en');
  });

  it('Enter inserts the top match, rendered with the buyer’s name and order, then counts the use', async () => {
    const received = fakeBackground();
    show();
    await names();
    const search = screen.getByRole('searchbox');
    fireEvent.change(search, { target: { value: 'tracking' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(received.some((m) => m.type === 'templateUsed')).toBe(true));
    const insert = received.find((m) => m.type === 'insertReply')!.data as { text: string; conversationId: string };
    expect(insert.text).toBe('Hi Emma, order 111-2223334-4445556 ships with tracking [trackingNumber].');
    expect(insert.conversationId).toBe('amazon:US:amzn1.thread.FX0001');
    expect(received.find((m) => m.type === 'templateUsed')!.data).toEqual({ id: 3 });
    expect((await screen.findByTestId('insert-status')).textContent).toContain('Inserted into the reply box');
  });

  it('ArrowDown moves the selection, and Enter inserts the selected one', async () => {
    const received = fakeBackground();
    show();
    await names();
    const search = screen.getByRole('searchbox');
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(received.some((m) => m.type === 'insertReply')).toBe(true));
    expect((received.find((m) => m.type === 'insertReply')!.data as { text: string }).text).toBe('Hallo Emma, Bestellung 111-2223334-4445556.');
  });

  it('shows a missing variable as its placeholder, highlighted', async () => {
    fakeBackground();
    show();
    await names();
    const top = screen.getAllByTestId('template')[0]!;
    const mark = top.querySelector('mark');
    expect(mark?.textContent).toBe('[trackingNumber]');
    expect(top.querySelector('[data-testid="template-missing"]')!.textContent).toContain('[trackingNumber]');
  });

  it('names the Amazon rule a template with an email address breaks', async () => {
    fakeBackground();
    show();
    await names();
    const row = screen.getAllByTestId('template').find((li) => li.textContent!.includes('Write to us'))!;
    const warning = row.querySelector('[data-testid="template-warning"]')!;
    expect(warning.getAttribute('data-rule')).toBe('amazon-contact-details');
    expect(warning.textContent).toContain('Amazon policy: no email addresses or phone numbers');
    expect(warning.textContent).toContain('help@shop-example.com');
    // The same text on Etsy breaks no rule there.
    cleanup();
    show(conversation({ platform: 'etsy', url: 'https://www.etsy.com/messages/123' }));
    await names();
    expect(screen.queryAllByTestId('template-warning')).toEqual([]);
  });

  it('shows a buyer name made of markup as text', async () => {
    fakeBackground();
    const { container } = show(conversation({ buyer: '<img src=x onerror=alert(1)>', category: 'return' }));
    await names();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByTestId('template-preview')[0]!.textContent).toBe(
      'Dear <img src=x onerror=alert(1)>, your refund for 111-2223334-4445556 is on its way.',
    );
  });

  it('inserts a template by its own shortcut while the sidebar has focus', async () => {
    const received = fakeBackground();
    show();
    await names();
    fireEvent.keyDown(document, { key: '¡', code: 'Digit4', altKey: true });
    await waitFor(() => expect(received.some((m) => m.type === 'insertReply')).toBe(true));
    expect((received.find((m) => m.type === 'insertReply')!.data as { text: string }).text).toBe('Please email help@shop-example.com about it.');
  });
});
