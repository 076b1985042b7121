/**
 * Two earlier rounds of interim evaluations in the sample, filled in as a begeleider would: the
 * Evaluatie sheets are the engine's own forms with answers kept in them, so the demo's Resultaten
 * shows klik and motivation over time, and the intervisie a poor rapport and a falling motivation.
 */
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { AnswerKey } from '../engine/evaluation/form';
import { evaluationSheet } from '../engine/evaluation/sheets';
import { pairKey } from '../engine/model';
import { readWorkbook } from '../engine/read';
import { Cell, RawSheet, SheetSpec } from '../engine/workbook';
import { SEED } from './constants';
import { Rng } from './random';

/** The rounds: long enough ago that every pairing is due again on the sample's "today". */
export const SAMPLE_EVALUATION_DATES = ['2026-05-15', '2026-08-15'] as const;

const WENT_WELL = [
  'Samen boodschappen gedaan, elke week',
  'Samen naar de markt op zaterdag',
  'Koffie gedronken in het buurthuis',
  'Samen gekookt en gegeten',
  'Wekelijks samen gewandeld in het park',
  'Samen naar de bibliotheek geweest',
];
const ACTIVITIES = ['wandelen', 'boodschappen', 'koffie drinken', 'samen koken', 'naar de markt', 'spelletjes'];
const FREQUENCIES = ['wekelijks', 'wekelijks', 'tweewekelijks', 'meer dan wekelijks'];

function filled(networkerId: string, clientId: string, date: string, raw: Partial<Record<AnswerKey, Cell>>): EvaluationAnswers {
  return {
    networkerId, clientId, date, sheet: '', row: 0, raw, at: {},
    klik: null, motivation: null, load: null, safety: null, decision: null, endReason: null, nextDate: null, frequency: null,
  };
}

export function sampleEvaluationSheets(inputs: readonly SheetSpec[]): SheetSpec[] {
  const raw: RawSheet[] = inputs.map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const { model } = readWorkbook(raw);
  // Its own stream: the rest of the sample stays as it was.
  const rng = new Rng(SEED + 2);
  const previous: EvaluationAnswers[] = [];
  // Pairings still running (so no form says "ended" for a pairing that ended later).
  const running = model.pairings.filter((p) => p.status === 'active');
  return SAMPLE_EVALUATION_DATES.map((date, round) => {
    const pairings = running.filter((p) => p.start && p.start <= date);
    const kept = new Map<string, EvaluationAnswers>();
    pairings.forEach((p, i) => {
      const before = previous.find((a) => a.networkerId === p.networkerId && a.clientId === p.clientId);
      // Most pairings click; one does not, and one netwerker's motivation falls in the second round.
      const klik = i === 1 ? 2 : rng.pick([3, 4, 4, 5]);
      const earlier = before?.raw.motivation;
      const motivation = round === 1 && i === 0 && typeof earlier === 'number' ? Math.max(1, earlier - 2) : rng.pick([3, 4, 5]);
      const answers = filled(p.networkerId, p.clientId, date, {
        klik,
        frequency: rng.pick(FREQUENCIES),
        activities: rng.sample(ACTIVITIES, 2).join(', '),
        wentWell: klik >= 4 ? rng.pick(WENT_WELL) : null,
        motivation,
        load: rng.pick([1, 2, 2, 3]),
        safety: 'nee',
      });
      kept.set(pairKey(p.networkerId, p.clientId), answers);
      previous.push(answers);
    });
    return evaluationSheet(model, date, pairings, kept, previous, 'nl');
  });
}
