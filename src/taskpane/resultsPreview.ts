/**
 * The Resultaten step's preview: the engine's results figures for the organisation or one
 * location, from the model and evaluation answers the pane already read, and the small chart's
 * geometry. Pure.
 */
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { NO_SUPERVISOR } from '../engine/intervisie/agenda';
import { Lang, pick } from '../engine/i18n';
import { KringModel } from '../engine/model';
import { normKey } from '../engine/read/normalize';
import { resultsContext } from '../engine/results/context';
import { locationsOf, outcomes, Outcomes, scopeOf } from '../engine/results/outcomes';
import { SupervisorFlag, supervisorFigures } from '../engine/results/supervisors';

export interface ResultsPreview {
  outcomes: Outcomes;
  activePairings: number;
  /** Begeleiders (in scope) with a flag the pane can tell without ranking candidates. */
  attention: { name: string; flags: SupervisorFlag[] }[];
}

/** The flags the preview shows; "no candidates" needs the full candidate ranking, so only the sheet has it. */
const PREVIEW_FLAGS: readonly SupervisorFlag[] = ['untrainedActive', 'overdue'];

export { locationsOf };

export function resultsPreview(model: KringModel, answers: readonly EvaluationAnswers[], today: string, location: string | null, lang: Lang): ResultsPreview {
  const inScope = (loc: string | null) => location === null || normKey(loc ?? '') === normKey(location);
  const scope = scopeOf(model, location);
  // Candidates are not ranked here (that is the pairing's heavy part): the preview needs no candidate counts.
  const ctx = resultsContext(model, answers, today, []);
  const attention = supervisorFigures(ctx, pick(NO_SUPERVISOR, lang))
    .filter((s) => location === null || inScope(s.location ?? model.clients.find((c) => c.supervisor && normKey(c.supervisor) === normKey(s.name))?.location ?? null))
    .map((s) => ({ name: s.name, flags: s.flags.filter((f) => PREVIEW_FLAGS.includes(f)) }))
    .filter((s) => s.flags.length > 0);
  return {
    outcomes: outcomes(ctx, location, scope.clients),
    activePairings: scope.activePairings,
    attention,
  };
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  date: string;
  /** Its date is written under it: the first and the last always, others with room beside them. */
  labelled: boolean;
}

/** Room a date label under the axis needs, in the chart's units. */
const DATE_LABEL_WIDTH = 64;

export interface LineChart {
  width: number;
  height: number;
  points: ChartPoint[];
  /** The y of the value axis' zero and top value. */
  baseline: number;
  top: number;
  max: number;
}

/** Geometry of the median network size per measurement date: x by time (a gap of a year shows as one), y from 0 to the largest median. */
export function medianChart(o: Outcomes, width = 300, height = 140): LineChart {
  const pad = { left: 28, right: 16, top: 22, bottom: 30 };
  const values = o.networks.map((n) => n.median);
  const max = Math.max(1, ...values);
  const span = width - pad.left - pad.right;
  const baseline = height - pad.bottom;
  const scale = (baseline - pad.top) / max;
  const days = o.networks.map((n) => Date.parse(`${n.date}T00:00:00Z`) / 86_400_000);
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const points: ChartPoint[] = o.networks.map((n, i) => ({
    x: pad.left + (last === first ? span / 2 : (span * (days[i] - first)) / (last - first)),
    y: baseline - n.median * scale,
    value: n.median,
    date: n.date,
    labelled: false,
  }));
  // Dates under the axis that would run into each other: the first and the last win.
  let previous = -Infinity;
  points.forEach((p, i) => {
    const isLast = i === points.length - 1;
    const roomAfter = isLast || points[points.length - 1].x - p.x >= DATE_LABEL_WIDTH;
    if (i === 0 || isLast || (p.x - previous >= DATE_LABEL_WIDTH && roomAfter)) {
      p.labelled = true;
      previous = p.x;
    }
  });
  return { width, height, points, baseline, top: pad.top, max };
}
