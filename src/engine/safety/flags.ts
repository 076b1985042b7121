/** What a pairing suggestion says about safety: every concern about either person, and exclusions for safety. */
import { displayDate } from '../dates';
import { Bilingual } from '../i18n';
import { Exclusion, KringModel, SafetyConcern } from '../model';
import { concernsByPerson, isSafetyReason } from './concerns';

export type SafetyFlags = (networkerId: string, clientId: string) => Bilingual[];

const ROLE = { networker: { nl: 'de netwerker', en: 'the networker' }, client: { nl: 'de cliënt', en: 'the client' } };

function where(c: SafetyConcern): Bilingual {
  return c.origin.sheet ? { nl: `${c.origin.sheet} rij ${c.origin.row}`, en: `${c.origin.sheet} row ${c.origin.row}` } : { nl: '', en: '' };
}

/** Flags per pair: open and handled concerns naming either person, exclusions of either with a safety reason. */
export function safetyFlags(model: KringModel, concerns: readonly SafetyConcern[]): SafetyFlags {
  const byPerson = concernsByPerson(concerns);
  const exclusions = new Map<string, Exclusion[]>();
  for (const e of model.exclusions) {
    if (!isSafetyReason(e.reason)) continue;
    for (const id of [e.a, e.b]) exclusions.set(id.toUpperCase(), [...(exclusions.get(id.toUpperCase()) ?? []), e]);
  }
  return (networkerId, clientId) => {
    const out: Bilingual[] = [];
    for (const [id, role] of [[networkerId, ROLE.networker], [clientId, ROLE.client]] as const) {
      for (const c of byPerson.get(id.toUpperCase()) ?? []) {
        const w = where(c);
        const when = displayDate(c.date);
        if (c.status === 'open') {
          out.push({ nl: `open veiligheidssignaal over ${role.nl}${when ? ` (gemeld ${when}` : ' ('}${w.nl ? `, ${w.nl}` : ''})`, en: `open safety concern about ${role.en}${when ? ` (reported ${when}` : ' ('}${w.en ? `, ${w.en}` : ''})` });
        } else {
          const on = displayDate(c.handledOn);
          out.push({ nl: `eerder veiligheidssignaal over ${role.nl}, afgehandeld${on ? ` op ${on}` : ''} (${w.nl})`, en: `earlier safety concern about ${role.en}, handled${on ? ` on ${on}` : ''} (${w.en})` });
        }
      }
      for (const e of exclusions.get(id.toUpperCase()) ?? []) {
        out.push({ nl: `${role.nl} is om veiligheid uitgesloten van een andere cliënt (${e.origin.sheet} rij ${e.origin.row})`, en: `${role.en} is excluded from another client for safety (${e.origin.sheet} row ${e.origin.row})` });
      }
    }
    return [...new Map(out.map((f) => [f.nl, f])).values()];
  };
}

/** Netwerkers (upper-case ID) who get no new pairing: an open concern about them, unless the setting only flags. */
export function heldForSafety(model: KringModel, concerns: readonly SafetyConcern[]): Map<string, SafetyConcern> {
  const held = new Map<string, SafetyConcern>();
  if (!model.settings.safetyBlocks) return held;
  for (const c of concerns) if (c.status === 'open' && !held.has(c.about.toUpperCase())) held.set(c.about.toUpperCase(), c);
  return held;
}
