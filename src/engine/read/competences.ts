import { Competence } from '../model';
import { Cell } from '../workbook';
import { cellText, isBlank, parseInteger } from './cells';
import { ReadContext } from './context';
import { normKey } from './normalize';
import { clientRef } from './references';
import { eachRow, LocatedTable, RowReader } from './table';

const NOT_COMPETENCES = new Set(['naam', 'name', 'client', 'clientnaam', 'datum', 'date', 'opmerking', 'opmerkingen', 'toelichting', 'locatie']);

/** Long form (Cliënt-ID | Competentie | Niveau | Datum) or wide form (Cliënt-ID | <competence> | …). */
export function readCompetences(table: LocatedTable, ctx: ReadContext): Competence[] {
  const all: Competence[] = [];
  const longForm = table.columns.has('competence') && table.columns.has('level');
  const wideColumns = table.extraHeaders.filter((h) => !NOT_COMPETENCES.has(normKey(h.header)));
  if (!longForm && wideColumns.length === 0) {
    const excelRow = table.sheet.firstRow + table.headerIndex;
    ctx.problems.push({
      severity: 'error',
      sheet: table.sheet.name,
      row: excelRow,
      column: table.columns.has('competence') ? 'Niveau' : 'Competentie',
      message: {
        nl: 'Kring vindt geen competenties. Gebruik de kolommen Cliënt-ID, Competentie, Niveau (en Datum), of één kolom per competentie met het niveau.',
        en: 'Kring finds no competences. Use the columns Client ID, Competence, Level (and Date), or one column per competence holding the level.',
      },
    });
    return all;
  }
  eachRow(table, ctx.problems, (row) => {
    if (longForm) {
      const competence = row.text('competence');
      if (!competence) {
        row.report('competence', 'error', { nl: 'De competentie is leeg. Vul de naam van de competentie in.', en: 'The competence is empty. Enter the name of the competence.' });
        return;
      }
      const client = clientRef(row, 'clientId', ctx, 'warning');
      if (isBlank(row.cell('level'))) {
        row.report('level', 'error', { nl: 'Het niveau is leeg. Vul een niveau van 1 tot en met 5 in.', en: 'The level is empty. Enter a level from 1 to 5.' });
        return;
      }
      const level = row.parse('level', (c) => parseInteger(c, 1, 5), null);
      if (!client || level === null) return;
      all.push({ clientId: client.id, competence, level, date: row.date('date', ctx.today), assessor: row.text('assessor'), origin: origin(row) });
      return;
    }
    const client = clientRef(row, 'clientId', ctx, 'warning');
    if (!client) return;
    const date = table.columns.has('date') ? row.date('date', ctx.today) : null;
    const assessor = row.text('assessor');
    for (const col of wideColumns) {
      const cell: Cell = row.rawAt(col.index);
      if (isBlank(cell)) continue;
      const level = parseInteger(cell, 0, 5);
      if (!level.ok) {
        row.reportAt(col.index, col.header, 'error', level.why);
        continue;
      }
      if (level.value) all.push({ clientId: client.id, competence: cellText(col.header) ?? col.header, level: level.value, date, assessor, origin: origin(row) });
    }
  });
  return latestPerCompetence(all);
}

function origin(row: RowReader) {
  return { sheet: row.sheetName, row: row.excelRow };
}

/** With several dates for one client and competence, the latest counts (undated counts as oldest). */
function latestPerCompetence(list: Competence[]): Competence[] {
  const best = new Map<string, Competence>();
  for (const c of list) {
    const key = `${c.clientId}\u0000${normKey(c.competence)}`;
    const prev = best.get(key);
    if (!prev || (c.date ?? '') >= (prev.date ?? '')) best.set(key, c);
  }
  return [...best.values()];
}
