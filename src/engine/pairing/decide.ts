/**
 * Verwerk besluiten: accepted suggestions become active pairings in the register, rejected ones are
 * remembered, open ones stay. Idempotent: a pair already running is not added again.
 */
import { KringModel, SafetyConcern } from '../model';
import { heldForSafety } from '../safety/flags';
import { Problem } from '../problems';
import { Rejection, TypedDecision } from './readBack';
import { buildFeatures } from './features';
import { blockingRule, ruleContext } from './rules';

export interface DecisionPlan {
  /** New rows for the register: networker, client, start date. */
  accepted: { networkerId: string; clientId: string; start: string }[];
  /** All rejections after this round (earlier ones first); never a pair running in the register. */
  rejections: Rejection[];
  /** Rejections newly remembered in this round. */
  remembered: number;
  counts: { accepted: number; rejected: number; open: number };
  problems: Problem[];
}

export function planDecisions(model: KringModel, typed: Map<string, TypedDecision>, earlier: Rejection[], today: string, sheetName: string, concerns: readonly SafetyConcern[] = model.concerns): DecisionPlan {
  const features = buildFeatures(model);
  const load = new Map<string, number>();
  for (const p of model.pairings) if (p.status === 'active') load.set(p.networkerId, (load.get(p.networkerId) ?? 0) + 1);
  const free = new Map(model.clients.map((c) => [c.id, Math.max(0, c.capacity - (load.get(c.id) ?? 0))]));
  const running = new Set(model.pairings.filter((p) => p.status !== 'ended').map((p) => `${p.networkerId}\u0000${p.clientId}`));
  const rejectedKeys = new Set(earlier.map((r) => `${r.networkerId}\u0000${r.clientId}`));
  const plan: DecisionPlan = { accepted: [], rejections: [...earlier], remembered: 0, counts: { accepted: 0, rejected: 0, open: 0 }, problems: [] };
  const byIdUpper = new Map(model.clients.map((c) => [c.id.toUpperCase(), c.id]));
  const decisions = [...typed.values()].sort((a, b) => a.row - b.row);
  const rules = ruleContext(model, [], free, new Set(heldForSafety(model, concerns).keys()));
  const pairedClients = new Set(model.pairings.filter((p) => p.status !== 'ended').map((p) => p.clientId));
  for (const d of decisions) {
    plan.counts[d.decision]++;
    const networkerId = byIdUpper.get(d.networkerId.toUpperCase());
    const clientId = byIdUpper.get(d.clientId.toUpperCase());
    const warn = (nl: string, en: string) =>
      plan.problems.push({ severity: 'warning', sheet: sheetName, row: d.row, column: null, message: { nl, en } });
    if (!networkerId || !clientId) {
      if (d.decision !== 'open') warn('Deze cliënt of netwerker staat niet (meer) in Cliënten; Kring slaat het besluit over.', 'This client or networker is not (or no longer) in Clients; Kring skips the decision.');
      continue;
    }
    const key = `${networkerId}\u0000${clientId}`;
    if (d.decision === 'rejected') {
      if (running.has(key)) {
        warn(
          `De koppeling ${networkerId} – ${clientId} loopt al in Koppelingen; het register telt, dus Kring onthoudt deze afwijzing niet. Beëindig de koppeling in het register of via een evaluatie.`,
          `The pairing ${networkerId} – ${clientId} is already running in Pairings; the register counts, so Kring does not remember this rejection. End the pairing in the register or through an evaluation.`,
        );
        continue;
      }
      if (!rejectedKeys.has(key)) {
        plan.remembered++;
        rejectedKeys.add(key);
        plan.rejections.push({ networkerId, clientId, date: today, remark: d.remark });
      }
      continue;
    }
    if (d.decision !== 'accepted' || running.has(key)) continue;
    if (model.settings.onlyUnpairedClients && pairedClients.has(clientId)) {
      warn(`Cliënt ${clientId} heeft al een lopende koppeling; Kring voegt geen tweede toe.`, `Client ${clientId} already has a running pairing; Kring does not add a second one.`);
      continue;
    }
    // Check the hard rules again: the workbook may have changed since the suggestion was made.
    const rule = blockingRule(features.get(networkerId)!, features.get(clientId)!, rules);
    if (rule && rule !== 'already-paired') {
      warn(
        rule === 'safety'
          ? `De koppeling ${networkerId} – ${clientId} is niet verwerkt: er staat een open veiligheidssignaal over netwerker ${networkerId} in Veiligheidssignalen. Handel dat eerst af (status afgehandeld) en maak dan een nieuw voorstel.`
          : `De koppeling ${networkerId} – ${clientId} is niet verwerkt: ${rule === 'capacity' ? 'de netwerker zit vol' : 'een harde regel blokkeert haar'} (${rule}). Maak eerst een nieuw voorstel.`,
        rule === 'safety'
          ? `The pairing ${networkerId} – ${clientId} was not processed: there is an open safety concern about networker ${networkerId} in Safety concerns. Handle it first (status handled), then make a new suggestion.`
          : `The pairing ${networkerId} – ${clientId} was not processed: ${rule === 'capacity' ? 'the networker is full' : 'a hard rule blocks it'} (${rule}). Make a new suggestion first.`,
      );
      continue;
    }
    running.add(key);
    pairedClients.add(clientId);
    free.set(networkerId, (free.get(networkerId) ?? 0) - 1);
    plan.accepted.push({ networkerId, clientId, start: today });
  }
  // A pair accepted now after an earlier rejection runs: the register wins, the rejection goes.
  plan.rejections = plan.rejections.filter((r) => !running.has(`${byIdUpper.get(r.networkerId.toUpperCase()) ?? r.networkerId}\u0000${byIdUpper.get(r.clientId.toUpperCase()) ?? r.clientId}`));
  return plan;
}
