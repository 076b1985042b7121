/**
 * A joint activity for a pair from the social map: a shared interest, on a day both are free, in a
 * place both can reach. An activity that breaks either condition is never named, so the card's
 * "Samen: …" is always true.
 */
import { Activity, Client, Rule } from '../model';
import { normKey } from '../read/normalize';

function samePlace(place: string, location: string): boolean {
  const p = normKey(place);
  const l = normKey(location);
  return p.includes(l) || l.includes(p);
}

/**
 * Where the pair can meet, per the location rule: anywhere when location is ignored; else at the
 * location of one of the two (with a required location that is their shared one). An activity
 * without a place, or a pair without any location, puts no limit.
 */
function reachable(a: Activity, n: Client, c: Client, locationRule: Rule): boolean {
  if (locationRule === 'ignored' || !a.place) return true;
  const homes = [n.location, c.location].filter((l): l is string => !!l);
  return !homes.length || homes.some((l) => samePlace(a.place!, l));
}

/** Both are available on one of its days (an activity without days fits any day). */
function onCommonDay(a: Activity, n: Client, c: Client): boolean {
  return !a.days.length || a.days.some((d) => n.availability.includes(d) && c.availability.includes(d));
}

export function jointActivity(n: Client, c: Client, activities: Activity[], locationRule: Rule): Activity | null {
  const shared = new Set(n.interests.map(normKey).filter((i) => c.interests.some((j) => normKey(j) === i)));
  const either = new Set([...n.interests, ...c.interests].map(normKey));
  let best: { activity: Activity; points: number } | null = null;
  for (const a of activities) {
    const topics = a.interests.map(normKey);
    let points = 0;
    if (topics.some((t) => shared.has(t))) points += 3;
    else if (topics.some((t) => either.has(t))) points += 1;
    if (points === 0 || !onCommonDay(a, n, c) || !reachable(a, n, c, locationRule)) continue;
    // Nearer the client is better: the client is the one whose network grows.
    if (c.location && a.place && samePlace(a.place, c.location)) points += 1;
    if (!best || points > best.points || (points === best.points && a.name.localeCompare(best.activity.name) < 0)) best = { activity: a, points };
  }
  return best?.activity ?? null;
}
