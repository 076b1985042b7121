/** The Begeleiders sheet: name, location, training (yes/no and when), competence levels; names checked against Cliënten. */
import { Client, Settings, Supervisor } from '../model';
import { Problem } from '../problems';
import { cellAddress } from '../workbook';
import { parseBoolean, parseDate, parseInteger } from './cells';
import { normKey } from './normalize';
import { eachRow, LocatedTable } from './table';

export function readSupervisors(table: LocatedTable, problems: Problem[], settings: Settings): Supervisor[] {
  const list: Supervisor[] = [];
  const wanted = new Map(settings.supervisorCompetences.map((c) => [normKey(c), c]));
  const competenceColumns = table.extraHeaders.filter((h) => wanted.has(normKey(h.header)));
  eachRow(table, problems, (row) => {
    const name = row.text('name');
    if (!name) {
      row.report('name', 'warning', { nl: 'Deze begeleider heeft geen naam; Kring slaat de rij over.', en: 'This begeleider has no name; Kring skips the row.' });
      return;
    }
    const competences: Record<string, number> = {};
    for (const col of competenceColumns) {
      const level = parseInteger(row.rawAt(col.index), 1, 5);
      if (level.ok && level.value !== null) competences[wanted.get(normKey(col.header))!] = level.value;
      else if (!level.ok) row.reportAt(col.index, col.header, 'warning', { nl: `${level.why.nl} Kring leest het niveau als leeg.`, en: `${level.why.en} Kring reads the level as empty.` });
    }
    list.push({
      name,
      location: row.text('location'),
      trained: row.parse('trained', parseBoolean, null, 'warning'),
      trainedOn: row.parse('trainedOn', parseDate, null, 'warning'),
      email: row.text('email'),
      competences,
      origin: { sheet: row.sheetName, row: row.excelRow },
    });
  });
  return list;
}

/** A begeleider named in Cliënten who is not in the Begeleiders sheet (only when that sheet lists anyone). */
export function checkSupervisorNames(clientsTable: LocatedTable, clients: Client[], supervisors: Supervisor[], problems: Problem[]): void {
  const column = clientsTable.columns.get('supervisor');
  if (!column || supervisors.length === 0) return;
  const known = new Set(supervisors.map((s) => normKey(s.name)));
  const sheet = supervisors[0].origin.sheet;
  for (const c of clients) {
    if (!c.supervisor || known.has(normKey(c.supervisor))) continue;
    problems.push({
      severity: 'warning',
      sheet: c.origin.sheet,
      row: c.origin.row,
      column: column.header,
      address: cellAddress(c.origin.row - 1, clientsTable.sheet.firstColumn + column.index),
      message: {
        nl: `De begeleider "${c.supervisor}" staat niet in het blad ${sheet}. Controleer de spelling of voeg de begeleider toe.`,
        en: `The begeleider "${c.supervisor}" is not in the sheet ${sheet}. Check the spelling or add the begeleider.`,
      },
    });
  }
}
