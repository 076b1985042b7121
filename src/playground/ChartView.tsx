import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import type { ChartInfo, ChartSeriesInfo } from '../testhost';

const classes = mergeStyleSets({
  charts: { display: 'flex', flexWrap: 'wrap', gap: 12, padding: 8, borderBottom: '1px solid #e1dfdd' },
  svg: { background: '#ffffff', border: '1px solid #c8c6c4', maxWidth: '100%', height: 'auto' },
});

const W = 360;
const H = 300;
const PAD = 28;
const PALETTE = ['#1F7A6D', '#C0504D', '#9BBB59', '#4F81BD', '#8064A2', '#F79646'];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Scatter charts (the network maps): lines where the series has a line, markers and labels where it has them. */
function Scatter({ chart }: { chart: ChartInfo }): React.ReactElement {
  const pts = (s: ChartSeriesInfo) => (s.valuesData ?? []).map((y, i) => ({ x: num(s.xValuesData?.[i]), y: num(y), i })).filter((p) => p.x !== null && p.y !== null) as { x: number; y: number; i: number }[];
  const all = chart.series.flatMap(pts);
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const x0 = chart.axes?.category.minimum ?? Math.min(...xs, 0);
  const x1 = chart.axes?.category.maximum ?? Math.max(...xs, 1);
  const y0 = chart.axes?.value.minimum ?? Math.min(...ys, 0);
  const y1 = chart.axes?.value.maximum ?? Math.max(...ys, 1);
  // Equal scale on both axes, as Kring sizes the map's plot area square.
  const scale = Math.min((W - 2 * PAD) / (x1 - x0 || 1), (H - 2 * PAD) / (y1 - y0 || 1));
  const sx = (x: number) => W / 2 + (x - (x0 + x1) / 2) * scale;
  const sy = (y: number) => H / 2 - (y - (y0 + y1) / 2) * scale;
  return (
    <>
      {chart.series.map((s, k) => {
        const p = pts(s);
        const line = s.lineStyle && s.lineStyle !== 'None' ? p.map((q) => `${sx(q.x)},${sy(q.y)}`).join(' ') : null;
        const marker = s.markerStyle !== 'None';
        const labels = new Map((s.labels ?? []).map((l) => [l.index, l.text]));
        return (
          <g key={k} data-series={s.name}>
            {line && <polyline points={line} fill="none" stroke={s.lineColor ?? '#a6a6a6'} strokeWidth={s.lineWeight ?? 0.75} />}
            {marker &&
              p.map((q) => (
                <circle key={q.i} cx={sx(q.x)} cy={sy(q.y)} r={Math.max(2, (s.markerSize ?? 5) / 2)} fill={s.markerBackgroundColor ?? PALETTE[k % PALETTE.length]} stroke={s.markerForegroundColor ?? 'none'} />
              ))}
            {p.map((q) =>
              labels.get(q.i) ? (
                <text key={`l${q.i}`} x={sx(q.x) + 4} y={sy(q.y) - 3} fontSize={9} fill="#201f1e">
                  {labels.get(q.i)}
                </text>
              ) : null,
            )}
          </g>
        );
      })}
    </>
  );
}

/** Column and bar charts (the sectors, the locations): grouped bars per category. */
function Columns({ chart }: { chart: ChartInfo }): React.ReactElement {
  const categories = chart.series[0]?.xValuesData ?? [];
  const max = Math.max(1, ...chart.series.flatMap((s) => (s.valuesData ?? []).map((v) => num(v) ?? 0)));
  const slot = (W - 2 * PAD) / Math.max(1, categories.length);
  const bar = slot / (chart.series.length + 1);
  return (
    <>
      {chart.series.map((s, k) =>
        (s.valuesData ?? []).map((v, i) => {
          const h = ((num(v) ?? 0) / max) * (H - 2 * PAD - 20);
          return <rect key={`${k}-${i}`} x={PAD + i * slot + (k + 0.5) * bar} y={H - PAD - h} width={bar} height={h} fill={s.fill ?? PALETTE[k % PALETTE.length]} />;
        }),
      )}
      {categories.map((c, i) => (
        <text key={i} x={PAD + (i + 0.5) * slot} y={H - PAD + 12} fontSize={8} textAnchor="middle" fill="#323130">
          {String(c ?? '').slice(0, 14)}
        </text>
      ))}
    </>
  );
}

/** Line charts (results over time): a polyline per series over evenly spaced categories, with markers. */
function Lines({ chart }: { chart: ChartInfo }): React.ReactElement {
  const categories = chart.series[0]?.xValuesData ?? [];
  const max = Math.max(1, ...chart.series.flatMap((s) => (s.valuesData ?? []).map((v) => num(v) ?? 0)));
  const slot = (W - 2 * PAD) / Math.max(1, categories.length);
  const x = (i: number) => PAD + (i + 0.5) * slot;
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD - 20);
  return (
    <>
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} stroke="#a6a6a6" strokeWidth={0.75} />
      {chart.series.map((s, k) => {
        const color = s.lineColor ?? s.markerBackgroundColor ?? PALETTE[k % PALETTE.length];
        const points = (s.valuesData ?? []).map((v, i) => ({ i, v: num(v) })).filter((p): p is { i: number; v: number } => p.v !== null);
        return (
          <g key={k}>
            <polyline points={points.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')} fill="none" stroke={color} strokeWidth={s.lineWeight ?? 2} />
            {s.markerStyle !== 'None' && points.map((p) => <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={3} fill={color} />)}
          </g>
        );
      })}
      {categories.map((c, i) => (
        <text key={i} x={x(i)} y={H - PAD + 12} fontSize={8} textAnchor="middle" fill="#323130">
          {String(c ?? '').slice(0, 14)}
        </text>
      ))}
    </>
  );
}

/**
 * The charts of a sheet, drawn from the chart state in the test host (what Kring's gateway created
 * from the same chart spec Excel gets), so trying Kring without Excel shows the network map.
 */
export function ChartView({ charts }: { charts: ChartInfo[] }): React.ReactElement | null {
  if (!charts.length) return null;
  return (
    <div className={classes.charts} data-testid="playground-charts">
      {charts.map((chart, i) => (
        <svg key={i} viewBox={`0 0 ${W} ${H}`} width={W} height={H} className={classes.svg} role="img" aria-label={chart.title ?? chart.name} data-testid="playground-chart" data-type={chart.type}>
          {chart.title && (
            <text x={W / 2} y={14} fontSize={11} fontWeight={600} textAnchor="middle" fill="#201f1e">
              {chart.title}
            </text>
          )}
          {/scatter/i.test(chart.type) ? <Scatter chart={chart} /> : /^line/i.test(chart.type) ? <Lines chart={chart} /> : <Columns chart={chart} />}
        </svg>
      ))}
    </div>
  );
}
