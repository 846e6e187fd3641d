// Each platform's sample addresses are what their kind says and nothing else: an inbox is no thread, a thread
// no inbox, and no platform claims another's pages (github-url-detection's rule, over lib/platforms/url-samples.ts).
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/platforms/registry';
import { URL_SAMPLES } from '@/lib/platforms/url-samples';

const KINDS = ['inbox', 'thread', 'both', 'neither'] as const;

describe.each(ADAPTERS.map((adapter) => [adapter.platform, adapter] as const))('%s URL predicates', (platform, adapter) => {
  for (const kind of KINDS) {
    it.each(URL_SAMPLES[platform][kind].map((url) => [url]))(`${kind}: %s`, (sample) => {
      const url = new URL(sample);
      expect([adapter.isInbox(url), adapter.isThread(url)]).toEqual([kind === 'inbox' || kind === 'both', kind === 'thread' || kind === 'both']);
      for (const other of ADAPTERS.filter((a) => a !== adapter)) {
        expect([other.platform, other.isInbox(url), other.isThread(url)]).toEqual([other.platform, false, false]);
      }
    });
  }

  it('has samples of every kind its pages come in', () => {
    expect(URL_SAMPLES[platform].inbox.length).toBeGreaterThan(0);
    expect(URL_SAMPLES[platform].thread.length).toBeGreaterThan(0);
    expect(URL_SAMPLES[platform].neither.length).toBeGreaterThan(0);
    expect(platform).toBe(adapter.platform);
  });
});
