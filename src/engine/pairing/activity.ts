/** A joint activity for a pair from the social map: a shared interest, the same place, a day both are free. */
import { Activity, Client } from '../model';
import { normKey } from '../read/normalize';

export function jointActivity(n: Client, c: Client, activities: Activity[]): Activity | null {
  const shared = new Set(n.interests.map(normKey).filter((i) => c.interests.some((j) => normKey(j) === i)));
  const either = new Set([...n.interests, ...c.interests].map(normKey));
  const bothDays = n.availability.filter((d) => c.availability.includes(d));
  const location = c.location ? normKey(c.location) : null;
  let best: { activity: Activity; points: number } | null = null;
  for (const a of activities) {
    const topics = a.interests.map(normKey);
    let points = 0;
    if (topics.some((t) => shared.has(t))) points += 3;
    else if (topics.some((t) => either.has(t))) points += 1;
    if (points === 0) continue;
    if (location && a.place && (normKey(a.place).includes(location) || location.includes(normKey(a.place)))) points += 1;
    if (!a.days.length || a.days.some((d) => bothDays.includes(d))) points += 1;
    if (!best || points > best.points || (points === best.points && a.name.localeCompare(best.activity.name) < 0)) best = { activity: a, points };
  }
  return best?.activity ?? null;
}
