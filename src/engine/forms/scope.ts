/** Who gets a printed form with read-back (a questionnaire, an intake form): one rule for every kind. */
import { Client, KringModel } from '../model';
import { normKey } from '../read/normalize';

export interface FormScope {
  location?: string | null;
  clients?: string[] | null;
}

/**
 * The clients asked for, or the active clients of the location (all locations when none), plus
 * those whose form is on this date's sheet already (its answers are kept); by location, then name.
 */
export function formClients(model: KringModel, scope: FormScope, kept: ReadonlySet<string>): Client[] {
  const asked = scope.clients?.length ? new Set(scope.clients.map((c) => c.toUpperCase())) : null;
  const inScope = (c: Client) => (asked ? asked.has(c.id.toUpperCase()) : c.active && (!scope.location || normKey(c.location ?? '') === normKey(scope.location)));
  return model.clients
    .filter((c) => inScope(c) || kept.has(c.id.toUpperCase()))
    .sort((a, b) => (a.location ?? '\uffff').localeCompare(b.location ?? '\uffff') || a.name.localeCompare(b.name));
}
