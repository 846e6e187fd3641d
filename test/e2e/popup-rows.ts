// What the end-to-end tests read off the popup, and the rule they check it against: each row's buyer,
// countdown state, category tag, both clocks and order; a conversation's state from its team target and age.
import type { Page } from 'playwright-core';
import { waitFor } from '../../scripts/extension-browser';

/**
 * The team's first-response targets by the category names the popup shows, written out here rather than read
 * from lib/sla/policies.ts, so the tests check the defaults instead of repeating them.
 */
export const TEAM_TARGET_HOURS: Record<string, number> = {
  Dispute: 1,
  'Order change': 2,
  Return: 1,
  Quality: 2,
  Shipping: 4,
  'Product question': 12,
  Feedback: 24,
  Other: 12,
};

export interface Row {
  buyer: string;
  countdown: string;
  state: string;
  category: string;
  subject: string;
  team: string | null;
  platform: string | null;
  order: string | null;
  market: string;
  binding: string | null;
}

export async function readRows(popup: Page): Promise<Row[]> {
  await popup.waitForSelector('.popup__list, .popup__empty');
  return popup.$$eval('.conversation', (rows) =>
    rows.map((row) => {
      const text = (selector: string) => row.querySelector(selector)?.textContent ?? null;
      // "B · Shipping": the category after the priority. No tag (a build without triage): every conversation is "other".
      const tag = text('.conversation__triage [class*="tag--tier-"]');
      return {
        buyer: text('.conversation__buyer') ?? '',
        countdown: text('.countdown') ?? '',
        state: row.querySelector('.countdown')?.getAttribute('data-state') ?? '',
        category: tag ? tag.split(' · ')[1]! : 'Other',
        subject: text('.conversation__subject') ?? '',
        team: text('[data-testid="team-target"]'),
        platform: text('[data-testid="platform-deadline"]'),
        order: text('.conversation__order'),
        market: text('.conversation__platform') ?? '',
        binding: row.querySelector('.deadline--binding')?.getAttribute('data-testid') ?? null,
      };
    }),
  );
}

/** Opens the popup and returns its rows once `accept` holds, reloading between looks so each reads the database afresh. */
export async function rowsWhen(popup: Page, popupUrl: string, accept: (rows: Row[]) => boolean): Promise<Row[]> {
  await popup.goto(popupUrl);
  return waitFor(
    async () => {
      const rows = await readRows(popup);
      if (!accept(rows)) await popup.reload();
      return rows;
    },
    accept,
  );
}

export const byBuyer = (rows: Row[], buyer: string) => rows.find((row) => row.buyer === buyer)!;
export const teamHours = (row: Row) => TEAM_TARGET_HOURS[row.category]!;

/** A wait `ageHours` old (and a little more) with `targetHours` to its due time: the countdown's data-state. */
export function expectedState(targetHours: number, ageHours: number): 'overdue' | 'soon' | 'later' {
  if (targetHours <= ageHours) return 'overdue';
  return targetHours - ageHours <= 2 ? 'soon' : 'later';
}

/** The badge as the background sets it: the overdue count, empty at zero. */
export const badgeFor = (overdue: number) => (overdue > 0 ? String(overdue) : '');
