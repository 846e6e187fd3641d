// Both clocks of a waiting conversation: the team's target and the platform's hard deadline (or that the
// platform has none), each marked when approximate, the one that sets the due time in bold.
import type { Conversation } from '../lib/model';
import { t } from './i18n';
import { PLATFORM_NAMES } from './platform-names';

export interface ClockDisplay {
  /** BCP-47 language for dates (the extension's UI language). */
  locale: string;
  /** The agent's zone: deadlines are shown in the agent's own time. */
  timeZone: string;
}

export function formatDeadline(at: number, { locale, timeZone }: ClockDisplay): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

export function DeadlineDetails({ conversation, display }: { conversation: Conversation; display: ClockDisplay }) {
  const { teamDueAt, platformDueAt, dueAt, awaitingSinceApprox } = conversation;
  const mark = awaitingSinceApprox ? '≈ ' : '';
  const platform = t(PLATFORM_NAMES[conversation.platform]);
  const binding = (at: number | null) => (at !== null && at === dueAt ? ' deadline--binding' : '');
  return (
    <span className="conversation__deadlines">
      {teamDueAt !== null && (
        <span className={`deadline${binding(teamDueAt)}`} data-testid="team-target">
          {t('teamTargetAt', mark + formatDeadline(teamDueAt, display))}
        </span>
      )}
      <span className={`deadline${binding(platformDueAt)}`} data-testid="platform-deadline">
        {platformDueAt !== null
          ? t('platformDeadlineAt', platform, mark + formatDeadline(platformDueAt, display))
          : t('noPlatformDeadline', platform)}
      </span>
    </span>
  );
}
