/** The Begeleidersoverzicht sheet: one row per begeleider, every figure explained above the table; on paper a block per begeleider. */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { Settings } from '../model';
import { isoToSerial } from '../read/cells';
import { columnsFor, outputColumn, outputName, OUTPUT_TAB_COLOR, rowOf } from '../sheets/outputs';
import { Cell, SheetSpec } from '../workbook';
import { SUPERVISOR_FLAGS, SupervisorFigures } from './supervisors';
import { supervisorsPrint } from './supervisorsPrint';

export function supervisorsSheet(figures: SupervisorFigures[], settings: Settings, today: string, lang: Lang): SheetSpec {
  const yesNo = (b: boolean | null) => (b === null ? null : b ? (pick({ nl: 'ja', en: 'yes' }, lang)) : pick({ nl: 'nee', en: 'no' }, lang));
  const competence = (c: string) => `competence:${c}`;
  const spec = [
    outputColumn('name', 'Begeleider', 'Support worker', 'text', 20),
    outputColumn('location', 'Locatie', 'Location', 'text', 14),
    outputColumn('trained', 'Getraind', 'Trained', 'text', 9),
    outputColumn('trainedOn', 'Datum training', 'Training date', 'date', 12),
    ...settings.supervisorCompetences.map((c) => outputColumn(competence(c), c, c, 'integer', Math.min(16, Math.max(10, c.length * 0.6)))),
    outputColumn('clients', 'Cliënten', 'Clients', 'integer', 9),
    outputColumn('networkers', 'Netwerkers', 'Netwerkers', 'integer', 10),
    outputColumn('candidates', 'Kandidaat-netwerkers', 'Candidate netwerkers', 'integer', 11),
    outputColumn('activePairings', 'Actieve koppelingen', 'Active pairings', 'integer', 10),
    outputColumn('evaluationsDone', 'Evaluaties gedaan', 'Evaluations done', 'integer', 10),
    outputColumn('evaluationsDue', 'Evaluatie binnenkort', 'Evaluations due soon', 'integer', 11),
    outputColumn('evaluationsOverdue', 'Evaluatie te laat', 'Evaluations overdue', 'integer', 10),
    outputColumn('sizeAtStart', 'Netwerk bij start (gem.)', 'Network at start (avg.)', 'score', 11),
    outputColumn('sizeNow', 'Netwerk nu (gem.)', 'Network now (avg.)', 'score', 11),
    outputColumn('verySmallShare', 'Heel klein netwerk', 'Very small network', 'percent', 10),
    outputColumn('klik', 'Klik (gem.)', 'Rapport (avg.)', 'score', 9),
    outputColumn('motivation', 'Motivatie (gem.)', 'Motivation (avg.)', 'score', 10),
    outputColumn('lonelinessAtStart', 'Eenzaamheid bij start (gem.)', 'Loneliness at start (avg.)', 'score', 12),
    outputColumn('lonelinessNow', 'Eenzaamheid nu (gem.)', 'Loneliness now (avg.)', 'score', 11),
    outputColumn('flags', 'Aandachtspunten', 'Points of attention', 'text', 44),
  ];
  const columns = columnsFor(spec, lang);
  const rows: Cell[][] = figures.map((f) =>
    rowOf(spec, {
      ...f,
      trained: yesNo(f.trained),
      trainedOn: f.trainedOn ? isoToSerial(f.trainedOn) : null,
      ...Object.fromEntries(settings.supervisorCompetences.map((c) => [competence(c), f.competences[c] ?? null])),
      competences: undefined,
      flags: f.flags.map((flag) => pick(SUPERVISOR_FLAGS[flag], lang)).join('; ') || null,
    }),
  );
  const preamble = pick(
    {
      nl: [
        `Begeleiders op ${displayDate(today)}`,
        'Cliënten: actieve cliënten met deze begeleider. Koppelingen tellen bij de begeleider van de cliënt (anders van de netwerker).',
        `Netwerk: contacten op de netwerkkaart, bij de start van de koppeling en op de laatste kaart; heel klein: ${settings.smallNetwork} contacten of minder.`,
        `Klik en motivatie: 1–5, uit de laatste evaluatie van elke actieve koppeling. Te laat: meer dan ${settings.evaluationOverdueWeeks} weken sinds de vorige evaluatie (of de start).`,
        'Eenzaamheid: score 0–6 op de schaal van De Jong Gierveld (hoger is eenzamer), de laatste meting op of vóór de start van de koppeling en de laatste meting nu.',
      ],
      en: [
        `Support workers (begeleiders) on ${displayDate(today)}`,
        'Clients: active clients with this begeleider. Pairings count for the begeleider of the client (else of the netwerker).',
        `Network: contacts on the network map, at the start of the pairing and on the latest map; very small: ${settings.smallNetwork} contacts or fewer.`,
        `Rapport and motivation: 1–5, from the latest evaluation of each active pairing. Overdue: more than ${settings.evaluationOverdueWeeks} weeks since the last evaluation (or the start).`,
        'Loneliness: score 0–6 on the De Jong Gierveld scale (higher is lonelier), the latest measurement on or before the start of the pairing and the latest one now.',
      ],
    },
    lang,
  );
  // On paper a block per begeleider, right of the table (a column between them).
  const printed = supervisorsPrint(preamble, columns, rows, columns.length + 1, lang, '&P');
  return {
    name: outputName('supervisors', lang),
    role: 'output',
    preamble,
    columns,
    rows,
    table: 'Kring_Begeleiders',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    blocks: printed.blocks,
    extraWidths: printed.extraWidths,
    print: printed.print,
  };
}
