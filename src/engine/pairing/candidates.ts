/** Kandidaat-netwerkers: clients not yet netwerker whose competence profile fits the role, ranked, with reasons. */
import { Bilingual, counted } from '../i18n';
import { KringModel } from '../model';
import { normKey } from '../read/normalize';
import { buildFeatures, needMapOf } from './features';
import { displayDate } from '../dates';
import { assessments } from '../intake/known';

export interface Candidate {
  clientId: string;
  /** 0–100, one decimal. */
  score: number;
  reasons: Bilingual[];
}

/** The role needs a solid best competence; below this level nobody is a candidate. */
const MIN_TOP_LEVEL = 3;
const MIN_SCORE = 40;

export function candidateNetworkers(model: KringModel): Candidate[] {
  const features = buildFeatures(model);
  const needMap = needMapOf(model);
  // Competences that cover needs of participants at each location (and anywhere, for clients without one).
  const wanted = new Map<string, Set<string>>();
  for (const c of model.clients) {
    if (c.role === 'networker' || !c.active) continue;
    const loc = normKey(c.location ?? '');
    const set = wanted.get(loc) ?? new Set<string>();
    for (const need of c.needs) for (const key of [normKey(need), ...(needMap.get(normKey(need)) ?? [])]) set.add(key);
    wanted.set(loc, set);
  }
  const known = assessments(model);
  const out: Candidate[] = [];
  for (const client of model.clients) {
    if (client.role !== 'participant' || !client.active) continue;
    const f = features.get(client.id)!;
    const levels = [...f.skills.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!levels.length || levels[0][1] < MIN_TOP_LEVEL) continue;
    const top3 = levels.slice(0, 3);
    const profile = top3.reduce((s, [, l]) => s + l, 0) / (3 * 5);
    const needed = wanted.get(normKey(client.location ?? '')) ?? new Set<string>();
    const covering = levels.filter(([key, level]) => level >= MIN_TOP_LEVEL && needed.has(key));
    const coverage = needed.size ? Math.min(1, covering.length / Math.min(3, needed.size)) : 0;
    const network = f.networkSize === null ? 0.5 : Math.min(1, f.networkSize / 10);
    const score = Math.round((50 * profile + 30 * coverage + 20 * network) * 10) / 10;
    if (score < MIN_SCORE) continue;
    const reasons: Bilingual[] = top3.map(([key, level]) => {
      const name = f.skillNames.get(key) ?? key;
      return { nl: `competentie '${name}' niveau ${level}`, en: `competence '${name}' level ${level}` };
    });
    if (covering.length) {
      const names = covering.slice(0, 3).map(([key]) => f.skillNames.get(key) ?? key).join(', ');
      reasons.push({ nl: `dekt hulpvragen op de locatie: ${names}`, en: `covers needs at the location: ${names}` });
    }
    if (f.networkSize !== null) {
      const size = counted(f.networkSize, { nl: 'contact', en: 'contact' }, { nl: 'contacten', en: 'contacts' });
      reasons.push({ nl: `eigen netwerk van ${size.nl}`, en: `own network of ${size.en}` });
    }
    // How fresh the levels are that make them a candidate.
    const assessed = known.get(client.id);
    if (assessed?.date) reasons.push({ nl: `competenties beoordeeld op ${displayDate(assessed.date)}${assessed.assessor ? ` door ${assessed.assessor}` : ''}`, en: `competences assessed on ${displayDate(assessed.date)}${assessed.assessor ? ` by ${assessed.assessor}` : ''}` });
    else reasons.push({ nl: 'competenties zonder datum van beoordeling', en: 'competences without an assessment date' });
    out.push({ clientId: client.id, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.clientId.localeCompare(b.clientId));
}
