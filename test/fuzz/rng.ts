// A small seeded pseudo-random generator for the reader fuzz (test/fuzz/, scripts/fuzz-readers.ts): every
// case draws from its own stream, derived from (seed, case number), so one failing case replays alone with
// `npx tsx scripts/fuzz-readers.ts --seed=S --case=N` whatever ran before it.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** The generator for one case: mulberry32 seeded with a splitmix32 mix of the seed and the case number. */
export function rngForCase(seed: number, caseIndex: number): Rng {
  let state = mix32(mix32(seed >>> 0) ^ Math.imul(caseIndex + 1, 0x9e3779b9));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    chance: (probability) => next() < probability,
  };
}

function mix32(value: number): number {
  let z = (value + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
