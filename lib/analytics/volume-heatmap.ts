// When buyers write: waits started in a period counted by weekday × hour on the team's clocks (the heatmap the
// shifts are drawn over), and by marketplace, each with its own hour-of-day profile.
import type { Platform } from '../model';
import { weeklyCoverage } from '../shifts/coverage';
import type { Shift } from '../shifts/schedule';
import { contains, type Period } from './period';
import type { Wait } from './waits';
import type { ZoneClock } from './zone-clock';

export interface MarketplaceVolume {
  platform: Platform;
  marketplace: string;
  total: number;
  /** By hour of the day on the team's clocks. */
  hours: number[];
}

export interface VolumeHeatmap {
  /** cells[weekday − 1][hour]: Monday = 0. */
  cells: number[][];
  /** The busiest cell's count (0 when empty), for shading. */
  max: number;
  total: number;
  byMarketplace: MarketplaceVolume[];
}

/**
 * Counts 'received' events, i.e. waits started (the log records the start of each wait, not every buyer
 * message), by the team-zone weekday and hour they fall in.
 */
export function volumeHeatmap(waits: readonly Wait[], period: Period, clock: ZoneClock): VolumeHeatmap {
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const markets = new Map<string, MarketplaceVolume>();
  let total = 0;
  for (const wait of waits) {
    if (!contains(period, wait.receivedAt)) continue;
    const hour = clock.hour(wait.receivedAt);
    cells[clock.weekday(wait.receivedAt) - 1]![hour]!++;
    total++;
    const key = `${wait.platform}:${wait.marketplace}`;
    let market = markets.get(key);
    if (!market) {
      market = { platform: wait.platform, marketplace: wait.marketplace, total: 0, hours: new Array<number>(24).fill(0) };
      markets.set(key, market);
    }
    market.total++;
    market.hours[hour]!++;
  }
  const byMarketplace = [...markets.values()].sort((a, b) => b.total - a.total || `${a.platform}:${a.marketplace}`.localeCompare(`${b.platform}:${b.marketplace}`));
  return { cells, max: Math.max(0, ...cells.flat()), total, byMarketplace };
}

/**
 * The shifts drawn over the heatmap: for each weekday × hour of the week containing `weekOf`, how many shifts
 * cover the whole hour (coverage.ts's rule). The regular schedule: days off are not applied.
 */
export function shiftOverlay(shifts: readonly Shift[], zone: string, weekOf: number): number[][] {
  return weeklyCoverage(shifts, zone, weekOf).hours;
}
