/** Locatie-overzicht: per location the figures that show where the method can work. */
import { KringModel } from '../model';
import { normKey } from '../read/normalize';
import { latestNetworkSizes } from '../networks/latest';
import { assessments, isOld } from '../intake/known';

export interface LocationFigures {
  location: string;
  activeClients: number;
  /** Participants (or both) with a support need. */
  withNeed: number;
  networkers: number;
  candidates: number;
  /** Capacity minus active pairings, summed over the location's netwerkers. */
  freeCapacity: number;
  activePairings: number;
  /** Average latest network size of the clients with a known map; null when none is known. */
  averageNetwork: number | null;
  /** Share of clients with a known map whose network is very small. */
  smallNetworkShare: number | null;
  /** Share of the active clients with an assessment of their competences (0–1). */
  assessedShare: number | null;
  /** Active clients assessed more than the setting's months ago (or without a date). */
  oldAssessments: number;
}

export function locationFigures(model: KringModel, candidateIds: Set<string>, today: string): LocationFigures[] {
  const known = assessments(model);
  const sizes = latestNetworkSizes(model.contacts);
  const active = new Map<string, number>();
  for (const p of model.pairings) if (p.status === 'active') active.set(p.networkerId, (active.get(p.networkerId) ?? 0) + 1);
  const byLocation = new Map<string, { name: string; rows: LocationFigures; sizes: number[]; assessed: number }>();
  for (const c of model.clients) {
    if (!c.active) continue;
    const name = c.location ?? '(geen locatie)';
    const key = normKey(name);
    let entry = byLocation.get(key);
    if (!entry) {
      entry = {
        name,
        sizes: [],
        assessed: 0,
        rows: { location: name, activeClients: 0, withNeed: 0, networkers: 0, candidates: 0, freeCapacity: 0, activePairings: 0, averageNetwork: null, smallNetworkShare: null, assessedShare: null, oldAssessments: 0 },
      };
      byLocation.set(key, entry);
    }
    const r = entry.rows;
    r.activeClients++;
    if (c.role !== 'networker' && c.needs.length) r.withNeed++;
    if (c.role !== 'participant') {
      r.networkers++;
      const a = active.get(c.id) ?? 0;
      r.activePairings += a;
      r.freeCapacity += Math.max(0, c.capacity - a);
    }
    if (candidateIds.has(c.id)) r.candidates++;
    const a = known.get(c.id);
    if (a) entry.assessed++;
    if (a && isOld(a, today, model.settings.assessmentStaleMonths)) r.oldAssessments++;
    const size = sizes.get(c.id);
    if (size !== undefined) entry.sizes.push(size);
  }
  const small = model.settings.smallNetwork;
  return [...byLocation.values()]
    .map(({ rows, sizes: s, assessed }) => ({
      ...rows,
      assessedShare: rows.activeClients ? Math.round((assessed / rows.activeClients) * 100) / 100 : null,
      averageNetwork: s.length ? Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10 : null,
      smallNetworkShare: s.length ? Math.round((s.filter((x) => x <= small).length / s.length) * 100) / 100 : null,
    }))
    .sort((a, b) => a.location.localeCompare(b.location));
}
