// The auto-reply section: the text for the chosen platform and marketplace in the buyer's zone and language,
// Amazon's warning that auto-replies do not count, the clock-change warning, a refused zone, and copying.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutoReplyView } from '@/components/dashboard/AutoReplyView';
import { openDatabase } from '@/lib/db';
import { saveSetting } from '@/lib/settings/team-settings';

const NOV = Date.UTC(2026, 10, 18, 4); // Wednesday 18 November 2026, 12:00 in Beijing

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderView(name: string, now = NOV) {
  const db = openDatabase(name);
  render(<AutoReplyView db={db} initialNow={now} />);
  await screen.findByRole('region', { name: 'Out-of-hours auto-reply' });
  return db;
}

const text = () => (screen.getByLabelText(/^Auto-reply text/) as HTMLTextAreaElement).value;

describe('AutoReplyView', () => {
  it('writes the eBay US text in Pacific time (eBay time) from the default shifts', async () => {
    await renderView('autoreply-ebay');
    expect((screen.getByLabelText('Marketplace') as HTMLSelectElement).value).toBe('0');
    expect(screen.getByLabelText('Auto-reply text (English)')).toBeTruthy();
    // 09:00–07:00 Beijing is 17:00–15:00 the next day in Los Angeles (PST).
    expect(text()).toContain('Every day: 5:00 PM–3:00 PM the next day');
    expect(text()).toContain('(your local time, Pacific Time)');
    expect(screen.getByTestId('autoreply-note').textContent).toMatch(/^eBay: paste it as the automatic reply/);
  });

  it('writes German for ebay.de and lists a team day off with when replies resume', async () => {
    const db = openDatabase('autoreply-de');
    await saveSetting(db, 'teamHolidays', { country: '', customDaysOff: ['2026-11-26'] });
    render(<AutoReplyView db={db} initialNow={NOV} />);
    await screen.findByRole('region', { name: 'Out-of-hours auto-reply' });
    const market = screen.getByLabelText('Marketplace') as HTMLSelectElement;
    const german = [...market.options].find((option) => option.textContent!.startsWith('DE'))!;
    fireEvent.change(market, { target: { value: german.value } });
    expect(screen.getByLabelText('Auto-reply text (German)')).toBeTruthy();
    expect(text()).toContain('Täglich: 02:00–00:00 am Folgetag');
    // 26 November's shifts do not run: nobody from 07:00 Beijing on the 26th (00:00 Berlin) until 09:00 on the 27th.
    expect(text()).toContain('• Von Donnerstag, 26. November um 0:00 bis Freitag, 27. November um 2:00 ist unser Team im Urlaub; wir antworten bis Freitag, 27. November um 3:00.');
    expect(screen.getByText('1 holiday closures listed', { exact: false })).toBeTruthy();
  });

  it('warns that Amazon does not count auto-replies as responses', async () => {
    await renderView('autoreply-amazon');
    fireEvent.click(screen.getByLabelText('Amazon'));
    const note = screen.getByTestId('autoreply-note');
    expect(note.className).toBe('message--warning');
    expect(note.textContent).toContain('Amazon does not count automatic replies as responses');
  });

  it('warns before a clock change and refuses a zone that does not exist', async () => {
    await renderView('autoreply-dst', Date.UTC(2026, 2, 5, 15)); // 5 March 2026: the US changes clocks on the 8th
    fireEvent.click(screen.getByLabelText('Etsy'));
    expect(text()).toContain('Thursday–Friday: 8:00 PM–6:00 PM the next day');
    expect(screen.getByText(/^Clocks change on Mar 8, 2026/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Buyer's time zone"), { target: { value: 'America/Atlantis' } });
    expect(screen.getByText('Enter a time zone such as Asia/Shanghai or America/New_York.')).toBeTruthy();
    expect(screen.queryByLabelText(/^Auto-reply text/)).toBeNull();
  });

  it('copies the text', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderView('autoreply-copy');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy text' }));
    });
    expect(writeText).toHaveBeenCalledWith(text());
    expect(within(screen.getByRole('region')).getByRole('status').textContent).toBe("Copied. Paste it into the platform's settings.");
  });
});
