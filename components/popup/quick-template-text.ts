// A template filled for no particular conversation, as the popup copies it: the agent's name, the shop and today's
// date from the team settings; the buyer's name, the order and the like stay as visible [placeholders] for the
// agent to fill in wherever they paste it. Null for a template the renderer rejects (its syntax is broken).
import type { Template } from '../../lib/model';
import type { TeamProfile } from '../../lib/settings/team-settings';
import { renderTemplate, todayFor, type Rendered, type TemplateVariables } from '../../lib/templates/render';

export function quickTemplateVariables(team: TeamProfile, template: Pick<Template, 'language'>, now: number): TemplateVariables {
  const variables: TemplateVariables = {};
  if (team.agentName.trim() !== '') variables.agentName = team.agentName;
  if (team.shopName.trim() !== '') variables.shopName = team.shopName;
  // The date in the template's own language (a German template gets "17. Januar 2026"), on the team's calendar:
  // the buyer's zone is unknown without a conversation.
  const today = todayFor(now, team.teamZone, template.language);
  if (today !== undefined) variables.today = today;
  return variables;
}

export function quickTemplateText(template: Template, team: TeamProfile, now: number): Rendered | null {
  try {
    return renderTemplate(template.body, quickTemplateVariables(team, template, now));
  } catch {
    return null;
  }
}
