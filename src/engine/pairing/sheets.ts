/** The sheets of the pairing step: Koppelvoorstellen, Kandidaat-netwerkers, Locatie-overzicht, Kring afwijzingen. */
import { Lang, pick } from '../i18n';
import { KringModel } from '../model';
import { nameCell, otherClientLabel } from '../privacy/printout';
import { Candidate } from './candidates';
import { LocationFigures } from './locations';
import { ScoredPair, Suggestion, Unmatched } from './types';
import { Cell, ColumnSpec, SheetSpec } from '../workbook';
import { columnsFor, DECISION_WORDS, OUTPUT_TAB_COLOR, outputColumn, outputName, REJECTIONS_DEF, rowOf, SUGGESTIONS_DEF, tablePrint } from '../sheets/outputs';
import { pairKey } from '../model';
import { Rejection, TypedDecision } from './readBack';
import { isoToSerial } from '../read/cells';
import { formatNumber } from '../dates';

function columnsOf(def: typeof SUGGESTIONS_DEF, lang: Lang, editable: string[] = []): ColumnSpec[] {
  return def.columns.map((c) => ({
    header: pick(c, lang),
    kind: c.kind,
    width: c.width,
    list: c.list ? c.list[lang] : undefined,
    editable: editable.includes(c.key),
    // Printed whole on a landscape page: every text wraps, the rows grow.
    wrap: c.kind === 'text',
  }));
}


/** Safety first on the row, before the reasons: what to weigh before saying akkoord. */
export function safetyNote(s: Pick<Suggestion, 'safety'>, lang: Lang): string {
  return s.safety.length ? `${pick({ nl: 'LET OP, veiligheid', en: 'MIND safety' }, lang)}: ${s.safety.map((f) => pick(f, lang)).join('; ')}. ` : '';
}

export function suggestionsSheet(
  model: KringModel,
  suggestions: Suggestion[],
  unmatched: Unmatched[],
  typed: Map<string, TypedDecision>,
  lang: Lang,
): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const { privacy } = model.settings;
  const label = (id: string) => nameCell(byId.get(id), id, privacy);
  // An alternative is someone else's row: consent limits the name (privacy/printout.ts).
  const alt = (p: ScoredPair | undefined) => (p ? `${otherClientLabel(byId.get(p.networkerId), p.networkerId, privacy)} ${formatNumber(p.score, lang)}` : null);
  const rows: Cell[][] = [];
  const written = new Set<string>();
  for (const s of suggestions) {
    const key = pairKey(s.networkerId, s.clientId);
    const before = typed.get(key);
    written.add(key);
    rows.push(
      rowOf(SUGGESTIONS_DEF.columns, {
        networkerId: s.networkerId,
        networker: label(s.networkerId),
        clientId: s.clientId,
        client: label(s.clientId),
        location: byId.get(s.clientId)?.location ?? null,
        score: s.score,
        why: safetyNote(s, lang) + s.reasons.map((r) => pick(r, lang)).join('; '),
        alt1: alt(s.alternatives[0]),
        alt2: alt(s.alternatives[1]),
        activity: s.activity,
        decision: pick(DECISION_WORDS[before?.decision ?? 'open'], lang),
        remark: before?.remark ?? null,
      }),
    );
  }
  // A decision or remark typed for a pair that is no longer suggested is kept, never lost.
  for (const [key, before] of typed) {
    if (written.has(key) || (before.decision === 'open' && !before.remark)) continue;
    const note = pick({ nl: '(niet meer voorgesteld; besluit bewaard)', en: '(no longer suggested; decision kept)' }, lang);
    const why = before.values.why;
    // The people as the printout setting says now, whatever the row said when it was written.
    const people = { networker: label(before.networkerId), client: label(before.clientId) };
    rows.push(rowOf(SUGGESTIONS_DEF.columns, { ...before.values, ...people, decision: pick(DECISION_WORDS[before.decision], lang), why: why ? `${note} ${why}` : note }));
  }
  const header = pick({ nl: ['Cliënt-ID', 'Cliënt', 'Locatie', 'Reden'], en: ['Client ID', 'Client', 'Location', 'Reason'] }, lang);
  const unmatchedRows: Cell[][] = unmatched.map((u) => [u.clientId, label(u.clientId), byId.get(u.clientId)?.location ?? null, pick(u.reason, lang)]);
  return {
    name: outputName('suggestions', lang),
    role: 'output',
    print: tablePrint(outputName('suggestions', lang), lang),
    columns: columnsOf(SUGGESTIONS_DEF, lang, ['decision', 'remark']),
    rows,
    table: 'Kring_Koppelvoorstellen',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    blocks: [
      {
        at: { row: rows.length + 3, column: 0 },
        title: pick({ nl: 'Cliënten zonder voorstel', en: 'Clients without a suggestion' }, lang),
        header: true,
        rows: [header, ...(unmatchedRows.length ? unmatchedRows : [[pick({ nl: '(geen)', en: '(none)' }, lang), null, null, null]])],
        formats: ['text', 'text', 'text', 'text'],
      },
    ],
  };
}

const CANDIDATE_COLUMNS = [
  outputColumn('clientId', 'Cliënt-ID', 'Client ID', 'text', 11),
  outputColumn('name', 'Naam', 'Name', 'text', 20),
  outputColumn('location', 'Locatie', 'Location', 'text', 14),
  outputColumn('supervisor', 'Begeleider', 'Support worker', 'text', 18),
  outputColumn('score', 'Score', 'Score', 'score', 8),
  outputColumn('why', 'Waarom', 'Why', 'text', 80),
];

/** Keys as in LocationFigures. */
const LOCATION_COLUMNS = [
  outputColumn('location', 'Locatie', 'Location', 'text', 18),
  outputColumn('activeClients', 'Actieve cliënten', 'Active clients', 'integer', 16),
  outputColumn('withNeed', 'Met hulpvraag', 'With a support need', 'integer', 19),
  outputColumn('networkers', 'Netwerkers', 'Networkers', 'integer', 12),
  outputColumn('candidates', 'Kandidaat-netwerkers', 'Candidate networkers', 'integer', 21),
  outputColumn('freeCapacity', 'Vrije capaciteit', 'Free capacity', 'integer', 16),
  outputColumn('activePairings', 'Actieve koppelingen', 'Active pairings', 'integer', 19),
  outputColumn('averageNetwork', 'Gem. netwerk', 'Average network', 'number', 16),
  outputColumn('smallNetworkShare', 'Heel klein netwerk', 'Very small network', 'percent', 19),
  outputColumn('assessedShare', 'Competenties beoordeeld', 'Competences assessed', 'percent', 22),
  outputColumn('oldAssessments', 'Beoordeling oud', 'Assessment old', 'integer', 16),
];

export function candidatesSheet(model: KringModel, candidates: Candidate[], lang: Lang): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  return {
    name: outputName('candidates', lang),
    role: 'output',
    print: tablePrint(outputName('candidates', lang), lang),
    columns: columnsFor(CANDIDATE_COLUMNS, lang),
    rows: candidates.map((c) => {
      const client = byId.get(c.clientId);
      return rowOf(CANDIDATE_COLUMNS, {
        clientId: c.clientId,
        name: nameCell(client, c.clientId, model.settings.privacy),
        location: client?.location ?? null,
        supervisor: client?.supervisor ?? null,
        score: c.score,
        why: c.reasons.map((r) => pick(r, lang)).join('; '),
      });
    }),
    table: 'Kring_Kandidaten',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}

export function locationsSheet(figures: LocationFigures[], lang: Lang): SheetSpec {
  const rows: Cell[][] = figures.map((f) => rowOf(LOCATION_COLUMNS, { ...f }));
  const at = (key: string) => LOCATION_COLUMNS.findIndex((c) => c.key === key);
  const n = Math.max(1, rows.length);
  return {
    name: outputName('locations', lang),
    role: 'output',
    print: tablePrint(outputName('locations', lang), lang),
    columns: columnsFor(LOCATION_COLUMNS, lang),
    rows,
    table: 'Kring_Locaties',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    charts: [
      {
        type: 'column',
        title: pick({ nl: 'Hulpvraag en vrije netwerkercapaciteit per locatie', en: 'Support need and free networker capacity per location' }, lang),
        series: [
          { name: pick({ nl: 'Met hulpvraag', en: 'With a support need' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: at('withNeed'), rows: n }, color: '#C0504D' },
          { name: pick({ nl: 'Vrije capaciteit', en: 'Free capacity' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: at('freeCapacity'), rows: n }, color: '#1F7A6D' },
          { name: pick({ nl: 'Kandidaat-netwerkers', en: 'Candidate networkers' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: at('candidates'), rows: n }, color: '#9BBB59' },
        ],
        anchor: { row: rows.length + 3, column: 0 },
        width: 640,
        height: 320,
        legend: true,
      },
    ],
  };
}

export function rejectionsSheet(rejections: Rejection[], lang: Lang): SheetSpec {
  return {
    name: outputName('rejections', lang),
    role: 'output',
    preamble: [pick({ nl: 'Koppelingen die het team afwees; Kring stelt ze niet opnieuw voor. Verwijder een rij om de koppeling weer toe te staan.', en: 'Pairs the team rejected; Kring does not suggest them again. Delete a row to allow the pair again.' }, lang)],
    columns: REJECTIONS_DEF.columns.map((c) => ({ header: pick(c, lang), kind: c.kind, width: c.width })),
    rows: rejections.map((r) => rowOf(REJECTIONS_DEF.columns, { networkerId: r.networkerId, clientId: r.clientId, date: r.date ? isoToSerial(r.date) : null, remark: r.remark })),
    table: 'Kring_Afwijzingen',
    print: tablePrint(outputName('rejections', lang), lang, 1),
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}
