/**
 * What is known of a client's assessment: their fields as the intake form shows them, when their
 * competences were last assessed, and per location how many clients were assessed and how long ago.
 */
import { DAY_WORDS } from '../dates';
import { Bilingual, Lang, pick } from '../i18n';
import { Client, KringModel, Role } from '../model';
import { normKey } from '../read/normalize';
import { IntakeField } from './kind';

export const ROLE_NAMES: Record<Role, Bilingual> = {
  participant: { nl: 'deelnemer', en: 'participant' },
  networker: { nl: 'netwerker', en: 'networker' },
  both: { nl: 'beide', en: 'both' },
};

/** A field of Cliënten as text, the way the form shows it and the read back writes it. */
export function fieldText(client: Client, field: IntakeField, lang: Lang): string {
  switch (field) {
    case 'interests':
      return client.interests.join('; ');
    case 'needs':
      return client.needs.join('; ');
    case 'availability':
      return client.availability.map((d) => DAY_WORDS[lang][d]).join('; ');
    default:
      return pick(ROLE_NAMES[client.role], lang);
  }
}

export interface Assessment {
  /** The latest date any competence was assessed (null: levels without a date). */
  date: string | null;
  assessor: string | null;
  competences: number;
}

/** One reckoning per model: the form list, the forms and the freshness all ask for it. */
const reckoned = new WeakMap<KringModel, ReadonlyMap<string, Assessment>>();

/** Per client (ID as read) the latest assessment; clients with no competence have none. */
export function assessments(model: KringModel): ReadonlyMap<string, Assessment> {
  const known = reckoned.get(model);
  if (known) return known;
  const out = new Map<string, Assessment>();
  reckoned.set(model, out);
  for (const c of model.competences) {
    const a = out.get(c.clientId) ?? { date: null, assessor: null, competences: 0 };
    a.competences++;
    if (c.date && (!a.date || c.date > a.date)) {
      a.date = c.date;
      a.assessor = c.assessor ?? null;
    }
    out.set(c.clientId, a);
  }
  return out;
}

/** The ISO date `months` months before `today` (the end of a shorter month when the day does not exist). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Old: assessed before the setting's months ago, or with no date at all (nobody knows when). */
export function isOld(a: Assessment, today: string, months: number): boolean {
  return !a.date || a.date < monthsBefore(today, months);
}

export interface Freshness {
  location: string;
  activeClients: number;
  /** Active clients with at least one competence level. */
  assessed: number;
  /** Share assessed (0–1), null without clients. */
  assessedShare: number | null;
  /** Assessed more than the setting's months ago (or undated). */
  old: number;
}

export const NO_LOCATION: Bilingual = { nl: '(geen locatie)', en: '(no location)' };

/** Per location of the active clients: how many were assessed, and how many of those long ago. */
export function freshness(model: KringModel, today: string, lang: Lang): Freshness[] {
  const known = assessments(model);
  const months = model.settings.assessmentStaleMonths;
  const by = new Map<string, Freshness>();
  for (const c of model.clients) {
    if (!c.active) continue;
    const name = c.location ?? pick(NO_LOCATION, lang);
    const key = normKey(name);
    const f = by.get(key) ?? { location: name, activeClients: 0, assessed: 0, assessedShare: null, old: 0 };
    f.activeClients++;
    const a = known.get(c.id);
    if (a) {
      f.assessed++;
      if (isOld(a, today, months)) f.old++;
    }
    by.set(key, f);
  }
  return [...by.values()]
    .map((f) => ({ ...f, assessedShare: f.activeClients ? Math.round((f.assessed / f.activeClients) * 100) / 100 : null }))
    .sort((a, b) => a.location.localeCompare(b.location));
}
