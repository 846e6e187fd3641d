// The sidebar's template panel follows the library and the team's settings without a reload: a template edited
// in the dashboard (another tab) shows once the sidebar is back in view or focus, and {{agentName}} /
// {{shopName}} come from the settings the background hands over.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SidebarTemplates } from '@/components/SidebarTemplates';
import type { Conversation, Template } from '@/lib/model';
import type { SidebarActions } from '@/lib/sidebar-protocol';
import { DEFAULT_SHIFTS } from '@/lib/shifts/schedule';
import type { TemplateContext } from '@/lib/templates/offer';

const NOW = Date.UTC(2026, 10, 22, 20, 0);

afterEach(cleanup);

const template = (body: string): Template => ({
  id: 1,
  name: 'Thanks',
  body,
  platforms: [],
  language: 'en',
  category: null,
  tags: [],
  shortcut: null,
  useCount: 0,
  lastUsedAt: null,
  updatedAt: NOW,
});

const conversation = {
  id: 'etsy:US:1',
  platform: 'etsy',
  marketplace: 'US',
  threadId: '1',
  buyer: 'Jordan Avery',
  orderId: '3456789012',
  subject: '',
  url: 'https://www.etsy.com/messages/1',
  platformDueAt: null,
  category: 'feedback',
  triage: null,
} as unknown as Conversation;

it('fetches the library again when the sidebar comes back into view or focus, and signs with the stored names', async () => {
  let library = [template('Thank you, {{buyerFirstName}}! {{agentName}} at {{shopName}}')];
  let asked = 0;
  const actions = {
    getTemplates: async () => {
      asked++;
      return library;
    },
  } as unknown as SidebarActions;
  const context: TemplateContext = { agentName: 'Mei Chen', shopName: 'Fern Hollow Prints', shifts: DEFAULT_SHIFTS, daysOff: [] };
  const getContext = async () => context;
  render(<SidebarTemplates conversationId={conversation.id} conversation={conversation} now={NOW} actions={actions} getContext={getContext} />);
  await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('Thank you, Jordan! Mei Chen at Fern Hollow Prints'));

  // Edited in the dashboard meanwhile: the open sidebar shows it once the agent is back.
  library = [template('Many thanks, {{buyerFirstName}}.')];
  const before = asked;
  await act(async () => {
    fireEvent(window, new Event('focus'));
  });
  await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('Many thanks, Jordan.'));
  expect(asked).toBe(before + 1);

  library = [template('Edited again.')];
  await act(async () => {
    fireEvent(document, new Event('visibilitychange'));
  });
  await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('Edited again.'));
});
