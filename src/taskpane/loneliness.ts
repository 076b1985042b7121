/** The Eenzaamheid step's view: per client in scope the latest scored measurement, and the levels counted. Pure. */
import { scoredByClient } from '../engine/loneliness/measurements';
import { LonelinessMeasurement } from '../engine/loneliness/read';
import { Level, LEVELS } from '../engine/loneliness/scale';
import { KringModel } from '../engine/model';
import { normKey } from '../engine/read/normalize';

export interface LonelinessView {
  /** Clients in scope with a scored measurement, the loneliest first. */
  latest: { clientId: string; name: string; measurement: LonelinessMeasurement }[];
  measurements: number;
  levels: Record<Level, number>;
}

export function lonelinessView(model: KringModel, location: string | null): LonelinessView {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const inScope = (id: string) => location === null || normKey(byId.get(id)?.location ?? '') === normKey(location);
  const scored = scoredByClient(model.loneliness);
  const latest = [...scored]
    .filter(([id]) => inScope(id))
    .map(([clientId, list]) => ({ clientId, name: byId.get(clientId)?.name ?? clientId, measurement: list[list.length - 1] }))
    .sort((a, b) => b.measurement.score!.total - a.measurement.score!.total || a.name.localeCompare(b.name));
  const levels = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const l of latest) levels[l.measurement.score!.level]++;
  return { latest, measurements: model.loneliness.filter((m) => m.score && inScope(m.clientId)).length, levels };
}
