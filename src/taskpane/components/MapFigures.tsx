import * as React from 'react';
import { getTheme, mergeStyleSets } from '@fluentui/react';
import { Lang, pick } from '../../engine/i18n';
import { FIGURE_WORDS, FigureKey } from '../../engine/networks/figureWords';
import { statusStrings } from '../statusStrings';
import { Settings } from '../../engine/model';
import { formatDate, MapFiguresView, sectorColor } from '../networks';
import { Explanations } from './Explanations';
import { useLocale } from './Locale';

const theme = getTheme();
const classes = mergeStyleSets({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: 13,
    tableLayout: 'auto',
    selectors: {
      'th, td': { padding: '3px 4px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' },
      'thead th': { borderBottom: `2px solid ${theme.palette.neutralTertiaryAlt}`, fontWeight: 600 },
      'tbody th': { fontWeight: 400, textAlign: 'left', overflowWrap: 'break-word' },
      td: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
    },
  },
  caption: { textAlign: 'left', fontWeight: 600, fontSize: 14, padding: '0 0 4px' },
  dateHead: { textAlign: 'right', whiteSpace: 'nowrap' },
  sector: { display: 'flex', alignItems: 'baseline', gap: 6, minWidth: 0 },
  swatch: { flex: 'none', display: 'inline-block', width: 9, height: 9, borderRadius: '50%' },
  strong: { fontWeight: 600 },
});

/** The figures explained under the tables (the change ones only when a change is shown). */
const HELP_KEYS: FigureKey[] = ['size', 'professionalShare', 'informalShare', 'density', 'added', 'lost', 'kept', 'overlap'];

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function percent(x: number | null, lang: Lang, unknown: string): string {
  return x === null ? unknown : `${Math.round(x * 100).toLocaleString(LOCALE[lang])}%`;
}

export function decimal(x: number | null, lang: Lang, unknown: string): string {
  return x === null ? unknown : x.toLocaleString(LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export interface MapFiguresProps {
  view: MapFiguresView;
  settings: Settings;
}

/** The figures of the map at one or two dates, and the change between them. */
export function MapFigures({ view, settings }: MapFiguresProps): React.ReactElement {
  const { lang, strings } = useLocale();
  const t = strings.maps;
  const { figures, change } = view;
  const w = (key: FigureKey) => pick(FIGURE_WORDS[key].label, lang);
  const dates = figures.map((f) => formatDate(f.date, t.noDate));
  const row = (key: string, label: React.ReactNode, values: string[], strong = false) => (
    <tr key={key} data-figure={key}>
      <th scope="row" className={strong ? classes.strong : undefined}>
        {label}
      </th>
      {values.map((v, i) => (
        <td key={i} className={strong ? classes.strong : undefined}>
          {v}
        </td>
      ))}
    </tr>
  );
  return (
    <>
      <table className={classes.table} data-testid="map-figures">
        <caption className={classes.caption}>{t.figures}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left' }}>
              {t.figure}
            </th>
            {dates.map((d) => (
              <th scope="col" key={d} className={classes.dateHead}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('size', w('size'), figures.map((f) => String(f.size)), true)}
          {settings.sectors.map((s) =>
            row(
              `sector:${s}`,
              <span className={classes.sector}>
                <span className={classes.swatch} style={{ background: sectorColor(settings.sectors, s) }} aria-hidden="true" />
                {/* A break opportunity after each "/" (Werk/school/dagbesteding). */}
                <span>{s.replace(/\//g, '/\u200B')}</span>
              </span>,
              figures.map((f) => String(f.bySector[s] ?? 0)),
            ),
          )}
          {row('professionalShare', w('professionalShare'), figures.map((f) => percent(f.professionalShare, lang, t.unknown)))}
          {row('informalShare', w('informalShare'), figures.map((f) => percent(f.informalShare, lang, t.unknown)))}
          {row('density', w('density'), figures.map((f) => decimal(f.density, lang, t.unknown)))}
        </tbody>
      </table>
      {change && (
        <table className={classes.table} data-testid="map-change">
          <caption className={classes.caption}>{t.change(formatDate(change.from, t.noDate), formatDate(change.to, t.noDate))}</caption>
          <tbody>
            {row('added', w('added'), [String(change.added)])}
            {row('lost', w('lost'), [String(change.lost)])}
            {row('kept', w('kept'), [String(change.kept)])}
            {row('overlap', w('overlap'), [decimal(change.jaccard, lang, t.unknown)])}
          </tbody>
        </table>
      )}
      <Explanations
        summary={statusStrings(lang).figuresHelp}
        items={(change ? HELP_KEYS : HELP_KEYS.slice(0, 4)).map((key) => ({ key, label: w(key), text: pick(FIGURE_WORDS[key].explain, lang) }))}
        testId="figures-help"
      />
    </>
  );
}
