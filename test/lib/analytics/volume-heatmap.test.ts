// Volume by weekday × hour in the team's zone and by marketplace, and the shifts drawn over it.
import { describe, expect, it } from 'vitest';
import { shiftOverlay, volumeHeatmap } from '@/lib/analytics/volume-heatmap';
import { timelinesOf, waitsOf } from '@/lib/analytics/waits';
import { zoneClock } from '@/lib/analytics/zone-clock';
import { conversations, eventsLog, LAST_7_DAYS, NOW, SHIFTS, ZONE } from './events-log';

const waits = waitsOf(timelinesOf(eventsLog()), new Map(conversations().map((c) => [c.id, c])));

describe('volumeHeatmap', () => {
  it('counts each wait in its Shanghai weekday and hour', () => {
    const heatmap = volumeHeatmap(waits, LAST_7_DAYS, zoneClock(ZONE));
    const filled = heatmap.cells.flatMap((hours, day) => hours.flatMap((count, hour) => (count > 0 ? [[day + 1, hour, count]] : [])));
    expect(filled).toEqual([
      [1, 10, 1], // G, Monday 10:00
      [2, 9, 1], // C
      [2, 12, 1], // J
      [3, 12, 1], // J again
      [3, 22, 1], // D
      [4, 3, 1], // E
      [4, 8, 1], // D again
      [5, 9, 1], // H
      [5, 20, 1], // A, Friday evening
      [6, 10, 1], // B
      [7, 11, 1], // F
    ]);
    expect([heatmap.total, heatmap.max]).toEqual([11, 1]);
  });

  it('ranks marketplaces by volume with their hour profile', () => {
    const heatmap = volumeHeatmap(waits, LAST_7_DAYS, zoneClock(ZONE));
    expect(heatmap.byMarketplace.map((m) => [m.platform, m.marketplace, m.total])).toEqual([
      ['etsy', 'US', 4],
      ['amazon', 'US', 3],
      ['ebay', 'US', 2],
      ['amazon', 'DE', 1],
      ['amazon', 'UK', 1],
    ]);
    expect(heatmap.byMarketplace[0]!.hours[12]).toBe(2);
  });

  it('draws the shifts over the week: the overlap counts two, 07:00–09:00 none', () => {
    const overlay = shiftOverlay(SHIFTS, ZONE, NOW);
    expect(overlay[0]!.slice(0, 10)).toEqual([2, 2, 1, 1, 1, 1, 1, 0, 0, 1]);
    expect(overlay[0]![23]).toBe(2);
  });
});
