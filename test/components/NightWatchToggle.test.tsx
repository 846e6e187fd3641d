// The popup's "Keep this inbox fresh" checkbox as an agent sees it: usable on a seller messaging tab with
// night watch on, switched off with the reason otherwise; checking it watches the tab and says when the next
// reload comes; a held reload says why (a draft, typing); a watched tab can always be unwatched.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NightWatchToggle, type NightWatchSend } from '@/components/NightWatchToggle';
import type { NightWatchStatus } from '@/lib/night-watch/status';

const NOW = Date.UTC(2026, 10, 23, 15, 0);
const TAB = 12;

function status(extra: Partial<NightWatchStatus> = {}): NightWatchStatus {
  return { enabled: true, intervalMinutes: 5, page: 'inbox', watched: false, nextReloadAt: null, lastReloadAt: null, heldBy: null, ...extra };
}

/** A background that answers from `current`, and watches / unwatches it on request. */
function background(initial: NightWatchStatus) {
  let current = initial;
  const send = vi.fn<NightWatchSend>(async (type, data) => {
    expect(data.tabId).toBe(TAB);
    if (type === 'setNightWatchTab') {
      current = { ...current, watched: data.watched === true, nextReloadAt: data.watched ? NOW + 5 * 60_000 : null };
    }
    return current;
  });
  return send;
}

const tab = async () => TAB;

async function show(send: NightWatchSend, findTab: () => Promise<number | null> = tab) {
  await act(async () => {
    render(<NightWatchToggle findTab={findTab} send={send} />);
  });
  return screen.queryByRole('checkbox', { name: 'Keep this inbox fresh' }) as HTMLInputElement | null;
}

afterEach(cleanup);

describe('NightWatchToggle', () => {
  it('on a seller inbox tab with night watch on: checking it watches the tab and says when it next reloads', async () => {
    const send = background(status());
    const box = (await show(send))!;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(false);
    expect(screen.getByText(/^Reloads this tab about every 5 minutes while you are not typing/)).toBeTruthy();
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText(/^Reloads this tab/).id);

    await act(async () => {
      fireEvent.click(box);
    });
    expect(send).toHaveBeenLastCalledWith('setNightWatchTab', { tabId: TAB, watched: true });
    expect(box.checked).toBe(true);
    const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(NOW + 5 * 60_000);
    expect(screen.getByRole('status').textContent).toBe(`Next reload around ${time}.`);
  });

  it('says why a watched tab’s reload waits, and unchecking stops watching it', async () => {
    const send = background(status({ watched: true, nextReloadAt: NOW - 60_000, heldBy: 'draft' }));
    const box = (await show(send))!;
    expect(box.checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      'Waiting: a reply draft in this tab is not sent yet. It reloads once the draft is sent or cleared.',
    );
    await act(async () => {
      fireEvent.click(box);
    });
    expect(send).toHaveBeenLastCalledWith('setNightWatchTab', { tabId: TAB, watched: false });
    expect(box.checked).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says typing holds the reload', async () => {
    await show(background(status({ watched: true, nextReloadAt: NOW, heldBy: 'typing' })));
    expect(screen.getByRole('status').textContent).toBe('Waiting: you are typing in this tab.');
  });

  it('cannot be checked while night watch is off in the settings, and says where to turn it on', async () => {
    const box = (await show(background(status({ enabled: false }))))!;
    expect(box.disabled).toBe(true);
    expect(screen.getByText('Night watch is off. Turn it on in the dashboard’s settings.')).toBeTruthy();
  });

  it('a tab still watched after night watch was switched off can be unwatched, and says it is not reloaded', async () => {
    const box = (await show(background(status({ enabled: false, watched: true, nextReloadAt: NOW }))))!;
    expect(box.checked).toBe(true);
    expect(box.disabled).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Night watch is off. Turn it on in the dashboard’s settings.');
  });

  it('cannot be checked on a tab without a seller page, or on a seller page that is not the messages', async () => {
    let box = (await show(background(status({ page: null }))))!;
    expect(box.disabled).toBe(true);
    expect(screen.getByText(/^This tab shows no Amazon, eBay or Etsy seller page/)).toBeTruthy();
    cleanup();

    const send = vi.fn<NightWatchSend>();
    box = (await show(send, async () => null))!; // the popup has no active tab
    expect(box.disabled).toBe(true);
    expect(send).not.toHaveBeenCalled();
    cleanup();

    box = (await show(background(status({ page: 'none' }))))!;
    expect(box.disabled).toBe(true);
    expect(screen.getByText('Open the buyer messages inbox in this tab to keep it fresh.')).toBeTruthy();
  });

  it('says so when the background does not answer, and when switching fails', async () => {
    const box = await show(vi.fn<NightWatchSend>().mockRejectedValue(new Error('no answer to nightWatchStatus')));
    expect(box).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Night watch could not be reached/);
    cleanup();

    const send = vi.fn<NightWatchSend>(async (type) => {
      if (type === 'setNightWatchTab') throw new Error('setNightWatchTab: the tab shows no seller inbox or conversation');
      return status();
    });
    const toggle = (await show(send))!;
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(toggle.checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not change night watch for this tab: setNightWatchTab: the tab shows no seller inbox or conversation',
    );
  });
});
