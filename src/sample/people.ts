/** The sample's clients, competences, exclusions and pairings. */
import { SAMPLE_COMPETENCES, SAMPLE_LOCATIONS } from './constants';
import { DAYS, FEMALE_NAMES, Gender, INITIALS, INTERESTS, MALE_NAMES, NEEDS, NEUTRAL_NAMES, SUPERVISORS, SURNAMES } from './vocabulary';
import { Client, Pairing, Sample } from './model';
import { Rng } from './random';
// ---------------------------------------------------------------------------------------------
// Clients

export function makeClients(rng: Rng): Client[] {
  // 60 slots: 20 per location; per location 4 netwerkers, 2/2/1 beide, rest deelnemer.
  const slots: { location: string; role: Client['role'] }[] = [];
  const beide = [2, 2, 1];
  SAMPLE_LOCATIONS.forEach((location, li) => {
    for (let i = 0; i < 20; i++) {
      const role: Client['role'] = i < 4 ? 'netwerker' : i < 4 + beide[li] ? 'beide' : 'deelnemer';
      slots.push({ location, role });
    }
  });
  // The last client gets the ID 00123 (leading zeros kept as text); make it a deelnemer at Het Baken.
  const special = slots.findIndex((s) => s.location === 'Het Baken' && s.role === 'deelnemer');
  const specialSlot = slots.splice(special, 1)[0];
  const ordered = [...rng.shuffle(slots), specialSlot];

  const usedNames = new Set<string>();
  const usedFirst = new Set<string>();
  const clients: Client[] = ordered.map((slot, i) => {
    const genderRoll = rng.float();
    const gender: Gender = genderRoll < 0.47 ? 'man' : genderRoll < 0.95 ? 'vrouw' : 'anders';
    const pool = gender === 'man' ? MALE_NAMES : gender === 'vrouw' ? FEMALE_NAMES : NEUTRAL_NAMES;
    let name = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      const first = rng.pick(pool);
      if (usedFirst.has(first) && attempt < 40) continue;
      const candidate = rng.chance(0.3) ? `${first} ${rng.pick(SURNAMES)}` : `${first} ${rng.pick(INITIALS)}.`;
      if (!usedNames.has(candidate)) {
        name = candidate;
        usedFirst.add(first);
        break;
      }
    }
    usedNames.add(name);

    const isNetworker = slot.role !== 'deelnemer';
    const isParticipant = slot.role !== 'netwerker';
    const supervisors = SUPERVISORS.filter((s) => s.location === slot.location);
    const birthYear = isNetworker ? rng.int(1955, 2000) : rng.int(1950, 2004);
    const needCount = isParticipant ? rng.int(1, 3) : 0;
    const needs = rng.sample(NEEDS, needCount);
    if (isParticipant && !needs.includes('contacten leggen') && rng.chance(0.45)) needs.unshift('contacten leggen');
    return {
      id: i === ordered.length - 1 ? '00123' : `C${String(i + 1).padStart(3, '0')}`,
      name,
      location: slot.location,
      role: slot.role,
      capacity: isNetworker ? rng.pick([1, 1, 2, 2, 2, 3]) : null,
      interests: rng.sample(INTERESTS, rng.int(1, 4)),
      needs,
      days: rng.sample(DAYS, rng.int(2, 5)),
      birthYear,
      gender,
      genderPreference: null,
      supervisor: rng.pick(supervisors).name,
      active: true,
      consent: 'ja' as const,
    };
  });

  // A couple of inactive deelnemers.
  const participants = clients.filter((c) => c.role === 'deelnemer' && c.id !== '00123');
  participants[3].active = false;
  participants[17].active = false;
  // A few gender preferences (deelnemers; one netwerker).
  const withPreference = [participants[1], participants[8], participants[12], participants[25]];
  withPreference.forEach((c, k) => {
    c.genderPreference = k === 2 ? 'man' : 'vrouw';
  });
  const someNetworker = clients.find((c) => c.role === 'netwerker' && c.gender === 'vrouw');
  if (someNetworker) someNetworker.genderPreference = 'vrouw';
  return clients;
}

// ---------------------------------------------------------------------------------------------
// Competences (long form, with a few re-assessments where the latest date counts)

export function makeCompetences(rng: Rng, clients: Client[]): Sample['competences'] {
  const rows: Sample['competences'] = [];
  const assessmentDates = ['2025-06-12', '2025-09-03', '2025-11-20', '2026-01-15', '2026-02-10'];
  let reassessed = 0;
  const participants = clients.filter((c) => c.role === 'deelnemer');
  // Some deelnemers have competences too: potential netwerkers (a few strong ones).
  const candidateIds = new Set(rng.sample(participants, 9).map((c) => c.id));
  const strongIds = new Set(Array.from(candidateIds).slice(0, 4));

  for (const client of clients) {
    const isNetworker = client.role !== 'deelnemer';
    if (!isNetworker && !candidateIds.has(client.id)) continue;
    const strong = isNetworker || strongIds.has(client.id);
    const count = isNetworker ? rng.int(2, 4) : rng.int(1, 3);
    let competences = rng.sample(SAMPLE_COMPETENCES, count);
    if (strong && !competences.includes('contact leggen') && rng.chance(0.6)) {
      competences = ['contact leggen', ...competences.slice(0, count - 1)];
    }
    for (const competence of competences) {
      const level = strong ? rng.int(3, 5) : rng.int(1, 3);
      const date = rng.pick(assessmentDates.slice(2));
      if (reassessed < 7 && rng.chance(0.25)) {
        // An older assessment with a different level; the latest one counts.
        reassessed++;
        const older = Math.max(1, Math.min(5, level + (reassessed % 3 === 0 ? 1 : -1)));
        rows.push([client.id, competence, older, rng.pick(assessmentDates.slice(0, 2))]);
      }
      rows.push([client.id, competence, level, date]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Exclusions and pairings

export function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

export function preferenceOk(a: Client, b: Client): boolean {
  return (!a.genderPreference || a.genderPreference === b.gender) && (!b.genderPreference || b.genderPreference === a.gender);
}

/** Two clients in either order (an exclusion holds both ways). */
function eitherWayKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function makeExclusions(rng: Rng, clients: Client[]): Sample['exclusions'] {
  const reasons = [
    'Conflict in het verleden',
    'Veiligheid: grensoverschrijdend gedrag gemeld',
    'Ex-partners, op verzoek van beiden',
  ];
  const out: Sample['exclusions'] = [];
  SAMPLE_LOCATIONS.forEach((location, li) => {
    const here = clients.filter((c) => c.location === location && c.active);
    const networkers = here.filter((c) => c.role !== 'deelnemer');
    const participants = here.filter((c) => c.role === 'deelnemer');
    const a = rng.pick(networkers);
    const b = li === 2 ? rng.pick(participants.filter((p) => p.gender !== a.gender)) : rng.pick(participants);
    out.push([a.id, b.id, reasons[li]]);
  });
  return out;
}

export function makePairings(rng: Rng, clients: Client[], exclusions: Sample['exclusions']): Pairing[] {
  const excluded = new Set(exclusions.map(([a, b]) => eitherWayKey(a, b)));
  const used = new Set<string>();
  const load = new Map<string, number>();
  const busyClients = new Set<string>();
  const pairings: Pairing[] = [];

  type Plan = { location: string; status: Pairing['status']; start: string; end?: string; reason?: string };
  const plan: Plan[] = [
    { location: 'De Linde', status: 'actief', start: '2026-01-12' },
    { location: 'De Linde', status: 'actief', start: '2026-02-02' },
    { location: 'De Linde', status: 'beëindigd', start: '2025-09-15', end: '2026-01-20', reason: 'Geen klik' },
    { location: 'De Linde', status: 'actief', start: '2026-03-16' },
    { location: 'Het Baken', status: 'actief', start: '2026-01-19' },
    { location: 'Het Baken', status: 'gepauzeerd', start: '2026-02-09' },
    { location: 'Het Baken', status: 'actief', start: '2026-04-06' },
    { location: 'Zonnehof', status: 'actief', start: '2026-02-23' },
    { location: 'Zonnehof', status: 'beëindigd', start: '2025-10-06', end: '2026-02-27', reason: 'Netwerker verhuisd naar andere locatie' },
    { location: 'Zonnehof', status: 'actief', start: '2026-03-09' },
  ];

  for (const step of plan) {
    const counts = step.status !== 'beëindigd';
    const here = clients.filter((c) => c.location === step.location && c.active);
    const networkers = here.filter((c) => c.role !== 'deelnemer');
    // The client with ID 00123 is paired first at its location (exercises the leading-zero ID).
    const participants = here
      .filter((c) => c.role !== 'netwerker')
      .sort((a, b) => (a.id === '00123' ? -1 : b.id === '00123' ? 1 : 0));
    const candidateClients = [participants[0], ...rng.shuffle(participants.slice(1))];
    let done = false;
    for (const n of networkers) {
      if (done) break;
      if (counts && (load.get(n.id) ?? 0) >= (n.capacity ?? 1)) continue;
      for (const c of candidateClients) {
        if (c.id === n.id) continue;
        if (excluded.has(eitherWayKey(n.id, c.id)) || used.has(eitherWayKey(n.id, c.id))) continue;
        if (counts && busyClients.has(c.id)) continue;
        if (!overlaps(n.days, c.days) || !preferenceOk(n, c)) continue;
        pairings.push({
          networker: n.id,
          client: c.id,
          start: step.start,
          end: step.end ?? null,
          status: step.status,
          reason: step.reason ?? null,
        });
        used.add(eitherWayKey(n.id, c.id));
        if (counts) {
          load.set(n.id, (load.get(n.id) ?? 0) + 1);
          busyClients.add(c.id);
        }
        done = true;
        break;
      }
    }
  }
  return pairings;
}

/**
 * Consent to pairing: everyone said ja, except an inactive deelnemer and the last unpaired active
 * deelnemer (nee: no suggestion, said why), and one unpaired deelnemer not asked yet (onbekend).
 * Set after the pairings, so no running pairing changes.
 */
export function markConsent(clients: Client[], pairings: Pairing[]): void {
  const paired = new Set(pairings.flatMap((p) => [p.networker, p.client]));
  const unpaired = clients.filter((c) => c.role === 'deelnemer' && c.active && !paired.has(c.id) && c.id !== '00123');
  const inactive = clients.find((c) => c.role === 'deelnemer' && !c.active);
  if (inactive) inactive.consent = 'nee';
  if (unpaired.length >= 2) {
    unpaired[unpaired.length - 1].consent = 'nee';
    unpaired[unpaired.length - 2].consent = 'onbekend';
  }
}
