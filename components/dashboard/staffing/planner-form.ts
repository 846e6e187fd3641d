// The planner's form as typed (text in inputs) and its reading into planner inputs: every field checked, the
// first problem named by a message key, nothing computed from a half-typed value.
import { datePeriod } from '../../../lib/analytics/period';
import { MAX_PROMOTION_DAYS, type StaffingInputs } from '../../../lib/analytics/staffing-plan';
import type { MessageKey } from '../../i18n';

export interface PlannerForm {
  first: string;
  last: string;
  multiplier: string;
  ahtMinutes: string;
  goalPercent: string;
  goalMinutes: string;
  historyWeeks: string;
}

export type PlannerReading = { ok: true; inputs: StaffingInputs; historyWeeks: number } | { ok: false; problem: MessageKey };

export const MAX_HISTORY_WEEKS = 12;

function number(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max ? value : null;
}

export function readPlannerForm(form: PlannerForm, zone: string): PlannerReading {
  let promotion;
  try {
    promotion = datePeriod(form.first, form.last, zone);
  } catch {
    return { ok: false, problem: 'staffingProblemDates' };
  }
  if ((promotion.to - promotion.from) / 86_400_000 > MAX_PROMOTION_DAYS + 0.5) return { ok: false, problem: 'staffingProblemTooLong' };
  const multiplier = number(form.multiplier, 0.1, 50);
  if (multiplier === null) return { ok: false, problem: 'staffingProblemMultiplier' };
  const aht = number(form.ahtMinutes, 0.1, 240);
  if (aht === null) return { ok: false, problem: 'staffingProblemAht' };
  const share = number(form.goalPercent, 1, 99.9);
  if (share === null) return { ok: false, problem: 'staffingProblemGoalShare' };
  const within = number(form.goalMinutes, 0, 72 * 60);
  if (within === null) return { ok: false, problem: 'staffingProblemGoalTime' };
  const weeks = number(form.historyWeeks, 1, MAX_HISTORY_WEEKS);
  if (weeks === null || !Number.isInteger(weeks)) return { ok: false, problem: 'staffingProblemWeeks' };
  return {
    ok: true,
    inputs: { promotion, multiplier, ahtSeconds: aht * 60, goal: { share: share / 100, withinSeconds: within * 60 } },
    historyWeeks: weeks,
  };
}
