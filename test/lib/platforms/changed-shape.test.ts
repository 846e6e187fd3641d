// A row or message that changed shape keeps its conversation's state and says so: the read reports
// 'unreadable-row' / 'unreadable-message' instead of a list that is silently one row shorter.
import { describe, expect, it } from 'vitest';
import { readInbox } from '@/lib/tracker/interpret-read';
import { ebay } from '@/lib/platforms/ebay';
import { loadFixture } from '../../fixtures/load-fixture';

const NOW = Date.UTC(2026, 10, 22, 20, 0);
const US = { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' };
const INBOX = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE');

describe('rows that changed shape', () => {
  it('a card that lost its class reads as a problem, not as a shorter list', () => {
    const doc = loadFixture('ebay/inbox.html', US);
    expect(readInbox(ebay, doc, INBOX, NOW).health.problems).toEqual([]);
    const cards = doc.querySelectorAll('.msg-inbox-list .card__item');
    cards[1]!.classList.remove('card__item');
    const read = readInbox(ebay, doc, INBOX, NOW);
    expect(read.snapshots).toHaveLength(cards.length - 1);
    expect(read.health.problems.map((p) => p.code)).toEqual(['unreadable-row']);
    expect(read.health.problems[0]!.detail).toContain('dune-rider_77');
  });

  it('a card whose date and link are gone reads as a problem too', () => {
    const doc = loadFixture('ebay/inbox.html', US);
    const card = doc.querySelectorAll('.msg-inbox-list .card__item')[0]!;
    card.querySelector('.card__datetime')!.remove();
    card.querySelector('[data-href]')!.removeAttribute('data-href');
    card.querySelector('[data-conversation-id]')!.removeAttribute('data-conversation-id');
    const problems = readInbox(ebay, doc, INBOX, NOW).health.problems.map((p) => p.code);
    expect(problems).toContain('unreadable-row');
  });
});
