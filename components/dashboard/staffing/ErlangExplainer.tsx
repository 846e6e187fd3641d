// What the staffing numbers rest on, so a lead can check them: the history window, the inputs, the Erlang C
// formulas, and the textbook example worked by the same code (14 agents at about 88.8%).
import { agentsNeeded, erlangFor } from '../../../lib/analytics/erlang-c';
import type { HourlyHistory, StaffingInputs } from '../../../lib/analytics/staffing-plan';
import { t } from '../../i18n';
import { formatDate, formatDuration, formatNumber, formatShare } from '../analytics/format-figures';

const TEXTBOOK = { contactsPerHour: 200, ahtSeconds: 180 };
const TEXTBOOK_GOAL = { share: 0.8, withinSeconds: 20 };

export function ErlangExplainer({ inputs, history, zone }: { inputs: StaffingInputs; history: HourlyHistory; zone: string }) {
  const textbook = agentsNeeded(TEXTBOOK, TEXTBOOK_GOAL);
  const oneFewer = erlangFor(textbook.agents - 1, TEXTBOOK, TEXTBOOK_GOAL);
  const hasHistory = history.window.to > history.window.from;
  return (
    <details className="staffing__explainer" open>
      <summary>{t('staffingInputs')}</summary>
      <dl className="staffing__inputs" data-testid="staffing-inputs">
        <dt>{t('staffingHistory')}</dt>
        <dd>
          {hasHistory
            ? t('staffingHistoryWindow', formatDate(history.window.from, zone), formatDate(history.window.to - 1, zone), history.total)
            : t('staffingNoHistory')}
        </dd>
        <dt>{t('staffingMultiplier')}</dt>
        <dd>×{formatNumber(inputs.multiplier, 2)}</dd>
        <dt>{t('staffingAht')}</dt>
        <dd>{t('staffingSeconds', Math.round(inputs.ahtSeconds))}</dd>
        <dt>{t('staffingGoal')}</dt>
        <dd>{t('staffingGoalText', formatShare(inputs.goal.share), formatDuration(inputs.goal.withinSeconds * 1000))}</dd>
        <dt>{t('staffingModel')}</dt>
        <dd>{t('staffingModelText')}</dd>
        <dt>{t('staffingCheck')}</dt>
        <dd data-testid="erlang-check">
          {t('staffingCheckText', textbook.agents, formatShare(textbook.serviceLevel), oneFewer.agents, formatShare(oneFewer.serviceLevel))}
        </dd>
      </dl>
    </details>
  );
}
