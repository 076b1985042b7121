/** The Begeleidersoverzicht sheet: one row per begeleider, every figure explained above the table. */
import { displayDate } from '../dates';
import { Lang, pick } from '../i18n';
import { Settings } from '../model';
import { isoToSerial } from '../read/cells';
import { outputName, OUTPUT_TAB_COLOR } from '../sheets/outputs';
import { Cell, ColumnSpec, SheetSpec } from '../workbook';
import { SUPERVISOR_FLAGS, SupervisorFigures } from './supervisors';

export function supervisorsSheet(figures: SupervisorFigures[], settings: Settings, today: string, lang: Lang): SheetSpec {
  const yesNo = (b: boolean | null) => (b === null ? null : b ? (pick({ nl: 'ja', en: 'yes' }, lang)) : pick({ nl: 'nee', en: 'no' }, lang));
  const columns: ColumnSpec[] = [
    { header: pick({ nl: 'Begeleider', en: 'Begeleider' }, lang), kind: 'text', width: 20 },
    { header: pick({ nl: 'Locatie', en: 'Location' }, lang), kind: 'text', width: 14 },
    { header: pick({ nl: 'Getraind', en: 'Trained' }, lang), kind: 'text', width: 9 },
    { header: pick({ nl: 'Datum training', en: 'Training date' }, lang), kind: 'date', width: 12 },
    ...settings.supervisorCompetences.map((c): ColumnSpec => ({ header: c, kind: 'integer', width: Math.min(16, Math.max(10, c.length * 0.6)) })),
    { header: pick({ nl: 'Cliënten', en: 'Clients' }, lang), kind: 'integer', width: 9 },
    { header: pick({ nl: 'Netwerkers', en: 'Netwerkers' }, lang), kind: 'integer', width: 10 },
    { header: pick({ nl: 'Kandidaat-netwerkers', en: 'Candidate netwerkers' }, lang), kind: 'integer', width: 11 },
    { header: pick({ nl: 'Actieve koppelingen', en: 'Active pairings' }, lang), kind: 'integer', width: 10 },
    { header: pick({ nl: 'Evaluaties gedaan', en: 'Evaluations done' }, lang), kind: 'integer', width: 10 },
    { header: pick({ nl: 'Evaluatie binnenkort', en: 'Evaluations due soon' }, lang), kind: 'integer', width: 11 },
    { header: pick({ nl: 'Evaluatie te laat', en: 'Evaluations overdue' }, lang), kind: 'integer', width: 10 },
    { header: pick({ nl: 'Netwerk bij start (gem.)', en: 'Network at start (avg.)' }, lang), kind: 'score', width: 11 },
    { header: pick({ nl: 'Netwerk nu (gem.)', en: 'Network now (avg.)' }, lang), kind: 'score', width: 11 },
    { header: pick({ nl: 'Heel klein netwerk', en: 'Very small network' }, lang), kind: 'percent', width: 10 },
    { header: pick({ nl: 'Klik (gem.)', en: 'Rapport (avg.)' }, lang), kind: 'score', width: 9 },
    { header: pick({ nl: 'Motivatie (gem.)', en: 'Motivation (avg.)' }, lang), kind: 'score', width: 10 },
    { header: pick({ nl: 'Aandachtspunten', en: 'Points of attention' }, lang), kind: 'text', width: 44 },
  ];
  const rows: Cell[][] = figures.map((f) => [
    f.name,
    f.location,
    yesNo(f.trained),
    f.trainedOn ? isoToSerial(f.trainedOn) : null,
    ...settings.supervisorCompetences.map((c) => f.competences[c] ?? null),
    f.clients,
    f.networkers,
    f.candidates,
    f.activePairings,
    f.evaluationsDone,
    f.evaluationsDue,
    f.evaluationsOverdue,
    f.sizeAtStart,
    f.sizeNow,
    f.verySmallShare,
    f.klik,
    f.motivation,
    f.flags.map((flag) => pick(SUPERVISOR_FLAGS[flag], lang)).join('; ') || null,
  ]);
  const preamble = pick(
    {
      nl: [
        `Begeleiders op ${displayDate(today)}`,
        'Cliënten: actieve cliënten met deze begeleider. Koppelingen tellen bij de begeleider van de cliënt (anders van de netwerker).',
        `Netwerk: contacten op de netwerkkaart, bij de start van de koppeling en op de laatste kaart; heel klein: ${settings.smallNetwork} contacten of minder.`,
        `Klik en motivatie: 1–5, uit de laatste evaluatie van elke actieve koppeling. Te laat: meer dan ${settings.evaluationOverdueWeeks} weken sinds de vorige evaluatie (of de start).`,
      ],
      en: [
        `Support workers (begeleiders) on ${displayDate(today)}`,
        'Clients: active clients with this begeleider. Pairings count for the begeleider of the client (else of the netwerker).',
        `Network: contacts on the network map, at the start of the pairing and on the latest map; very small: ${settings.smallNetwork} contacts or fewer.`,
        `Rapport and motivation: 1–5, from the latest evaluation of each active pairing. Overdue: more than ${settings.evaluationOverdueWeeks} weeks since the last evaluation (or the start).`,
      ],
    },
    lang,
  );
  return {
    name: outputName('supervisors', lang),
    role: 'output',
    preamble,
    columns,
    rows,
    table: 'Kring_Begeleiders',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: preamble.length + 1, footer: '&P' },
  };
}
