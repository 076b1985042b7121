/**
 * The register and the rejection list must never contradict each other. The register
 * (Koppelingen) is the team's own record and wins: a pair that runs there is not rejected, whatever
 * Kring afwijzingen says (also when someone edited either sheet by hand).
 */
import { KringModel } from '../model';
import { Problem } from '../problems';
import { pairKey } from '../model';
import { Rejection } from './readBack';

/** Keys (pairKey) of the pairs running in the register (active or paused). */
export function runningKeys(model: KringModel): Set<string> {
  return new Set(model.pairings.filter((p) => p.status !== 'ended').map((p) => pairKey(p.networkerId, p.clientId)));
}

/**
 * The rejections that stand: those of pairs not running in the register. Each one that the
 * register overrules is reported as a warning on its row in the rejection list.
 */
export function standingRejections(rejections: Rejection[], model: KringModel, sheet: string, problems: Problem[]): Rejection[] {
  const running = runningKeys(model);
  return rejections.filter((r) => {
    if (!running.has(pairKey(r.networkerId, r.clientId))) return true;
    problems.push({
      severity: 'warning',
      sheet,
      row: r.row ?? null,
      column: null,
      message: {
        nl: `De koppeling ${r.networkerId} – ${r.clientId} staat als afgewezen, maar loopt in Koppelingen. Het register telt: Kring ziet haar als lopend en haalt haar bij Verwerk besluiten uit deze lijst. Beëindig de koppeling in Koppelingen als zij echt niet door moet gaan.`,
        en: `The pairing ${r.networkerId} – ${r.clientId} is listed as rejected but runs in Pairings. The register counts: Kring treats it as running and takes it off this list at Process decisions. End the pairing in Pairings if it really should not go on.`,
      },
    });
    return false;
  });
}
