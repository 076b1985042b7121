import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import { NetworkMap } from '../../engine/networks/figures';
import { formatDate, mapDrawing, NetworkData, POINT_FONT, POINT_LINE, POINT_RADIUS, ringCounts, SECTOR_FONT } from '../networks';
import { CENTRE_FONT, CENTRE_Y } from '../mapDrawing';
import { useLocale } from './Locale';


const classes = mergeStyleSets({
  svg: { display: 'block', width: '100%', maxWidth: 420, height: 'auto', margin: '0 auto', background: '#FFFFFF' },
});

/** Text with a white halo, readable over lines and points. */
const HALO = { paintOrder: 'stroke', stroke: '#FFFFFF', strokeWidth: 2.4, strokeLinejoin: 'round' } as const;

export interface MapPreviewProps {
  map: NetworkMap;
  data: Pick<NetworkData, 'clients' | 'settings'>;
  /** Test id of the drawing (the earlier of two maps has its own). */
  testId?: string;
}

/**
 * The network map drawn in the pane from the engine's layout: rings, sector boundaries and
 * labels, a point per contact coloured by sector and labelled per the privacy setting, the known
 * ties, the client in the centre. One image for assistive technology, with a summary as its name.
 */
export const MapPreview = React.memo(function MapPreview({ map, data, testId = 'map-preview' }: MapPreviewProps): React.ReactElement {
  const { strings } = useLocale();
  const t = strings.maps;
  const drawing = React.useMemo(() => mapDrawing(map, data), [map, data]);
  const { settings } = data;
  const bySector = settings.sectors
    .map((s) => ({ s, n: drawing.points.filter((p) => p.sector === s).length }))
    .filter((x) => x.n > 0);
  const rings = ringCounts(map, settings.rings.length);
  const summary = t.summary(
    drawing.centreLabel,
    formatDate(map.date, t.noDate),
    map.contacts.length,
    bySector.length ? bySector.map((x) => t.sectorCount(x.s, x.n)).join(', ') : t.noContacts,
    rings.map((n, i) => t.ringCount(i + 1, settings.rings[i]?.label ?? '', n)).join(', '),
    drawing.ties.length,
  );
  const { x: vx, y: vy, width, height } = drawing.view;
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`${vx} ${vy} ${width} ${height}`}
      className={classes.svg}
      data-testid={testId}
      data-client={map.clientId}
      data-date={map.date ?? ''}
      data-points={drawing.points.length}
      fontFamily="'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif"
    >
      <g fill="none" stroke="#A6A6A6" strokeWidth={1}>
        {drawing.rings.map((r, i) => (
          <circle key={i} cx={0} cy={0} r={r} />
        ))}
      </g>
      <g stroke="#C8C6C4" strokeWidth={0.8} strokeDasharray="3 2">
        {drawing.boundaries.map((b, i) => (
          <line key={i} x1={0} y1={0} x2={b.x} y2={b.y} />
        ))}
      </g>
      <g fontSize={SECTOR_FONT} fontWeight={600} fill="#323130">
        {drawing.sectorLabels.map((l) => (
          <text key={l.sector} x={l.x} y={l.y} textAnchor={l.anchor} data-sector={l.sector}>
            {l.lines.map((line, i) => (
              <tspan key={i} x={l.x} dy={i === 0 ? 0 : SECTOR_FONT + 1}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
      <g stroke="#605E5C" strokeWidth={0.6} data-testid="map-ties">
        {drawing.ties.map((tie, i) => (
          <line key={i} {...tie} />
        ))}
      </g>
      <g data-testid="map-points">
        {drawing.points.map((p, i) => (
          <g key={i} data-point={p.name} data-sector={p.sector} data-ring={p.ring}>
            <circle cx={p.x} cy={p.y} r={POINT_RADIUS} fill={p.color} stroke="#FFFFFF" strokeWidth={1} />
          </g>
        ))}
      </g>
      <g stroke="#8A8886" strokeWidth={0.7} data-testid="map-leaders">
        {drawing.points.map((p, i) => p.leader && <line key={i} {...p.leader} />)}
      </g>
      <g data-testid="map-labels" fontSize={POINT_FONT} fill="#201F1E">
        {drawing.points.map((p, i) => (
          <text key={i} x={p.labelX} y={p.labelY} textAnchor={p.anchor} fontWeight={p.number ? 700 : undefined} data-label={p.label} {...HALO}>
            {p.lines.map((line, j) => (
              <tspan key={j} x={p.labelX} dy={j === 0 ? 0 : POINT_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {drawing.listed.map((l) => (
          <text key={l.number} x={l.x} y={l.y} data-label={l.label} data-testid="map-listed">
            <tspan fontWeight={700}>{l.number}</tspan>
            <tspan dx={6}>{l.label}</tspan>
          </text>
        ))}
      </g>
      <g data-testid="map-client">
        <circle cx={0} cy={0} r={5.5} fill="#000000" />
        <text x={0} y={CENTRE_Y} fontSize={CENTRE_FONT} fontWeight={700} textAnchor="middle" fill="#000000" {...HALO}>
          {drawing.centreLabel}
        </text>
      </g>
    </svg>
  );
});
