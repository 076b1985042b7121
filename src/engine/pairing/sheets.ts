/** The sheets of the pairing step: Koppelvoorstellen, Kandidaat-netwerkers, Locatie-overzicht, Kring afwijzingen. */
import { Lang, pick } from '../i18n';
import { Client, KringModel } from '../model';
import { Candidate } from './candidates';
import { LocationFigures } from './locations';
import { ScoredPair, Suggestion, Unmatched } from './types';
import { Cell, ColumnSpec, SheetSpec } from '../workbook';
import { DECISION_WORDS, OUTPUT_TAB_COLOR, outputName, REJECTIONS_DEF, rowOf, SUGGESTIONS_DEF, tablePrint } from '../sheets/outputs';
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
  }));
}

function label(client: Client | undefined, id: string): string {
  return client ? client.name : id;
}

export function suggestionsSheet(
  model: KringModel,
  suggestions: Suggestion[],
  unmatched: Unmatched[],
  typed: Map<string, TypedDecision>,
  lang: Lang,
): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const alt = (p: ScoredPair | undefined) => (p ? `${label(byId.get(p.networkerId), p.networkerId)} (${p.networkerId}) ${formatNumber(p.score, lang)}` : null);
  const rows: Cell[][] = [];
  const written = new Set<string>();
  for (const s of suggestions) {
    const key = pairKey(s.networkerId, s.clientId);
    const before = typed.get(key);
    written.add(key);
    rows.push(
      rowOf(SUGGESTIONS_DEF, {
        networkerId: s.networkerId,
        networker: label(byId.get(s.networkerId), s.networkerId),
        clientId: s.clientId,
        client: label(byId.get(s.clientId), s.clientId),
        location: byId.get(s.clientId)?.location ?? null,
        score: s.score,
        why: s.reasons.map((r) => pick(r, lang)).join('; '),
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
    rows.push(rowOf(SUGGESTIONS_DEF, { ...before.values, decision: pick(DECISION_WORDS[before.decision], lang), why: why ? `${note} ${why}` : note }));
  }
  const header = pick({ nl: ['Cliënt-ID', 'Cliënt', 'Locatie', 'Reden'], en: ['Client ID', 'Client', 'Location', 'Reason'] }, lang);
  const unmatchedRows: Cell[][] = unmatched.map((u) => [u.clientId, label(byId.get(u.clientId), u.clientId), byId.get(u.clientId)?.location ?? null, pick(u.reason, lang)]);
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

export function candidatesSheet(model: KringModel, candidates: Candidate[], lang: Lang): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  return {
    name: outputName('candidates', lang),
    role: 'output',
    print: tablePrint(outputName('candidates', lang), lang),
    columns: [
      { header: pick({ nl: 'Cliënt-ID', en: 'Client ID' }, lang), kind: 'text', width: 11 },
      { header: pick({ nl: 'Naam', en: 'Name' }, lang), kind: 'text', width: 20 },
      { header: pick({ nl: 'Locatie', en: 'Location' }, lang), kind: 'text', width: 14 },
      { header: pick({ nl: 'Begeleider', en: 'Support worker' }, lang), kind: 'text', width: 18 },
      { header: 'Score', kind: 'score', width: 8 },
      { header: pick({ nl: 'Waarom', en: 'Why' }, lang), kind: 'text', width: 80 },
    ],
    rows: candidates.map((c) => {
      const client = byId.get(c.clientId);
      return [c.clientId, label(client, c.clientId), client?.location ?? null, client?.supervisor ?? null, c.score, c.reasons.map((r) => pick(r, lang)).join('; ')];
    }),
    table: 'Kring_Kandidaten',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}

export function locationsSheet(figures: LocationFigures[], lang: Lang): SheetSpec {
  const rows: Cell[][] = figures.map((f) => [
    f.location, f.activeClients, f.withNeed, f.networkers, f.candidates, f.freeCapacity, f.activePairings, f.averageNetwork, f.smallNetworkShare,
  ]);
  const n = Math.max(1, rows.length);
  return {
    name: outputName('locations', lang),
    role: 'output',
    print: tablePrint(outputName('locations', lang), lang),
    columns: [
      { header: pick({ nl: 'Locatie', en: 'Location' }, lang), kind: 'text', width: 18 },
      { header: pick({ nl: 'Actieve cliënten', en: 'Active clients' }, lang), kind: 'integer', width: 16 },
      { header: pick({ nl: 'Met hulpvraag', en: 'With a support need' }, lang), kind: 'integer', width: 19 },
      { header: pick({ nl: 'Netwerkers', en: 'Networkers' }, lang), kind: 'integer', width: 12 },
      { header: pick({ nl: 'Kandidaat-netwerkers', en: 'Candidate networkers' }, lang), kind: 'integer', width: 21 },
      { header: pick({ nl: 'Vrije capaciteit', en: 'Free capacity' }, lang), kind: 'integer', width: 16 },
      { header: pick({ nl: 'Actieve koppelingen', en: 'Active pairings' }, lang), kind: 'integer', width: 19 },
      { header: pick({ nl: 'Gem. netwerk', en: 'Average network' }, lang), kind: 'number', width: 16 },
      { header: pick({ nl: 'Heel klein netwerk', en: 'Very small network' }, lang), kind: 'percent', width: 19 },
    ],
    rows,
    table: 'Kring_Locaties',
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
    charts: [
      {
        type: 'column',
        title: pick({ nl: 'Hulpvraag en vrije netwerkercapaciteit per locatie', en: 'Support need and free networker capacity per location' }, lang),
        series: [
          { name: pick({ nl: 'Met hulpvraag', en: 'With a support need' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: 2, rows: n }, color: '#C0504D' },
          { name: pick({ nl: 'Vrije capaciteit', en: 'Free capacity' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: 5, rows: n }, color: '#1F7A6D' },
          { name: pick({ nl: 'Kandidaat-netwerkers', en: 'Candidate networkers' }, lang), categories: { row: 1, column: 0, rows: n }, values: { row: 1, column: 4, rows: n }, color: '#9BBB59' },
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
    rows: rejections.map((r) => rowOf(REJECTIONS_DEF, { networkerId: r.networkerId, clientId: r.clientId, date: r.date ? isoToSerial(r.date) : null, remark: r.remark })),
    table: 'Kring_Afwijzingen',
    print: tablePrint(outputName('rejections', lang), lang, 1),
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}
