// "Overdue" from the due moment on, never for a conversation without a due time.
import { describe, expect, it } from 'vitest';
import { isOverdue } from '@/lib/sla/overdue';

describe('isOverdue', () => {
  it('is true from the due moment on, and never for a conversation without a due time', () => {
    expect(isOverdue({ dueAt: 1000 }, 999)).toBe(false);
    expect(isOverdue({ dueAt: 1000 }, 1000)).toBe(true);
    expect(isOverdue({ dueAt: null }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
