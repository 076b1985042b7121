/**
 * Safety concerns through the whole cycle: what the register Veiligheidssignalen holds, what the
 * evaluation forms add to it, who a concern is about and which begeleider it is for. Pure.
 */
import { displayDate, weeksBetween } from '../dates';
import { Lang, pick } from '../i18n';
import { Client, KringModel, SafetyConcern } from '../model';
import { cellText } from '../read/cells';
import { SOURCE_WORDS } from '../read/safety';
import { clientLabel } from '../sheets/labels';
import { EvaluationAnswers, isFilledIn } from '../evaluation/answers';
import { supervisorOf } from '../evaluation/sheets';

/** An exclusion or end reason that is about safety (checked for flags on suggestions). */
const SAFETY_WORDS = /veilig|safety|unsafe|grensoverschrijd|agressi|geweld|bedreig|dreiging|misbruik|intimid|abuse|violen|threat|harass/i;
export const isSafetyReason = (text: string | null | undefined): boolean => !!text && SAFETY_WORDS.test(text);

/** One concern per person, other person and date: the same "ja" processed twice is recorded once. */
export function concernKey(c: { about: string; with: string | null; date: string | null }): string {
  return [c.about.toUpperCase(), (c.with ?? '').toUpperCase(), c.date ?? ''].join('\u0000');
}

/** A concern's mark on an intervisie agenda row (outside the print area), by which "done" there closes it. */
export const concernItemKey = (c: { about: string; with: string | null; date: string | null }) => `KRING-SAFE:${c.about}>${c.with ?? ''}@${c.date ?? ''}`;

/** The text a form's concern gets when the begeleider wrote no explanation. */
export const NO_NOTE = { nl: '(geen toelichting op het formulier)', en: '(no notes on the form)' };

/**
 * Every "ja" under Zorgen over veiligheid on a filled-in form that the register does not hold yet,
 * as the concern to record: about the netwerker, with the client, on the form's date, in the
 * begeleider's own words. A form that ends the pairing in the same go is no exception.
 */
export function formConcerns(model: KringModel, answers: readonly EvaluationAnswers[], lang: Lang): SafetyConcern[] {
  const byId = new Map(model.clients.map((c) => [c.id.toUpperCase(), c]));
  const clients = new Map(model.clients.map((c) => [c.id, c]));
  const known = new Set(model.concerns.map(concernKey));
  const out: SafetyConcern[] = [];
  for (const a of answers) {
    if (!isFilledIn(a) || a.safety !== true) continue;
    const about = byId.get(a.networkerId.toUpperCase())?.id;
    const withId = byId.get(a.clientId.toUpperCase())?.id;
    if (!about || !withId) continue;
    const concern: SafetyConcern = {
      date: a.date,
      about,
      with: withId,
      supervisor: supervisorOf({ networkerId: about, clientId: withId }, clients),
      text: cellText(a.raw.safetyNote ?? null) ?? pick(NO_NOTE, lang),
      source: 'evaluation',
      status: 'open',
      action: cellText(a.raw.actions ?? null),
      handledOn: null,
      origin: { sheet: a.sheet, row: a.at.safety?.row ?? a.row },
    };
    const key = concernKey(concern);
    if (known.has(key)) continue;
    known.add(key);
    out.push(concern);
  }
  return out;
}

/** The concerns Kring acts on: the register's, plus forms' concerns not yet processed into it. */
export function allConcerns(model: KringModel, answers: readonly EvaluationAnswers[], lang: Lang): SafetyConcern[] {
  return [...model.concerns, ...formConcerns(model, answers, lang)];
}

/** Per person (upper-case ID), every concern that names them, about them or with them. */
export function concernsByPerson(concerns: readonly SafetyConcern[]): Map<string, SafetyConcern[]> {
  const map = new Map<string, SafetyConcern[]>();
  for (const c of concerns) {
    for (const id of [c.about, c.with]) {
      if (!id) continue;
      const key = id.toUpperCase();
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    }
  }
  return map;
}

/** The begeleiders a concern is for: of the pairing (client's, else netwerker's) or the person, and who recorded it. */
export function concernSupervisors(c: SafetyConcern, byId: Map<string, Client>): string[] {
  const ofPair = c.with ? supervisorOf({ networkerId: c.about, clientId: c.with }, byId) : byId.get(c.about)?.supervisor ?? null;
  const names = [ofPair, c.supervisor].filter((n): n is string => !!n && !!n.trim());
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

/** A concern in full for the agenda: whom it is about, when and where it came from, how long open, the words. */
export function concernText(c: SafetyConcern, model: KringModel, today: string, lang: Lang): string {
  const byId = new Map(model.clients.map((x) => [x.id, x]));
  const label = (id: string) => clientLabel(byId.get(id), id, model.settings.privacy);
  const who = c.with
    ? pick({ nl: `over ${label(c.about)} met ${label(c.with)}`, en: `about ${label(c.about)} with ${label(c.with)}` }, lang)
    : pick({ nl: `over ${label(c.about)}`, en: `about ${label(c.about)}` }, lang);
  const weeks = c.date ? weeksBetween(c.date, today) : null;
  const since = c.date
    ? pick({ nl: `gemeld ${displayDate(c.date)}, ${weeksWords(weeks!, 'nl')} open`, en: `reported ${displayDate(c.date)}, open ${weeksWords(weeks!, 'en')}` }, lang)
    : pick({ nl: 'datum onbekend', en: 'date unknown' }, lang);
  const where = c.origin.sheet === model.sheetNames.safety ? pick(SOURCE_WORDS[c.source], lang) : pick({ nl: `${c.origin.sheet}, nog niet verwerkt`, en: `${c.origin.sheet}, not yet processed` }, lang);
  const words = c.text ? `: “${c.text}”` : '';
  const action = c.action ? pick({ nl: ` Afgesproken: ${c.action}.`, en: ` Agreed: ${c.action}.` }, lang) : '';
  return `${who} (${since}; ${where})${words}${action}`;
}

function weeksWords(weeks: number, lang: Lang): string {
  if (weeks === 0) return pick({ nl: 'minder dan een week', en: 'for less than a week' }, lang);
  return pick({ nl: `${weeks} ${weeks === 1 ? 'week' : 'weken'}`, en: `for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}` }, lang);
}
