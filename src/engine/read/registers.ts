/** The pairing register (Koppelingen), exclusions, social map and supervisors. */
import { Activity, Exclusion, Pairing, PairingStatus } from '../model';
import { parseDays, parseList, Parsed, shown } from './cells';
import { unknownDays } from './clients';
import { ReadContext } from './context';
import { normKey } from './normalize';
import { clientRef } from './references';
import { eachRow, LocatedTable } from './table';

const STATUS_WORDS: Record<string, PairingStatus> = {
  actief: 'active', active: 'active', lopend: 'active', loopt: 'active',
  gepauzeerd: 'paused', paused: 'paused', pauze: 'paused', gepauseerd: 'paused', onhold: 'paused',
  beeindigd: 'ended', beindigd: 'ended', ended: 'ended', gestopt: 'ended', afgesloten: 'ended', einde: 'ended', beeindigt: 'ended', stopped: 'ended',
};

function parseStatus(cell: unknown): Parsed<PairingStatus | null> {
  if (cell === null || (typeof cell === 'string' && !cell.trim())) return { ok: true, value: null };
  const status = STATUS_WORDS[normKey(String(cell))];
  if (status) return { ok: true, value: status };
  return {
    ok: false,
    why: {
      nl: `"${shown(cell)}" is geen bekende status. Kies actief, gepauzeerd of beëindigd.`,
      en: `"${shown(cell)}" is not a known status. Choose active, paused or ended.`,
    },
  };
}

export function readPairings(table: LocatedTable, ctx: ReadContext): Pairing[] {
  const pairings: Pairing[] = [];
  const activeRows = new Map<string, number>();
  eachRow(table, ctx.problems, (row) => {
    const networker = clientRef(row, 'networkerId', ctx, 'error');
    const client = clientRef(row, 'clientId', ctx, 'error');
    const start = row.date('start', ctx.today);
    const end = row.date('end', ctx.today);
    const given = row.parse('status', parseStatus, null);
    if (!networker || !client) return;
    if (networker.id === client.id) {
      row.report('clientId', 'error', {
        nl: `Cliënt ${shown(client.id)} is aan zichzelf gekoppeld. Corrigeer de Netwerker-ID of de Cliënt-ID.`,
        en: `Client ${shown(client.id)} is paired with themselves. Correct the Networker ID or the Client ID.`,
      });
      return;
    }
    if (start && end && end < start) {
      row.report('end', 'error', {
        nl: `De einddatum ${end} ligt vóór de startdatum ${start}. Corrigeer een van beide.`,
        en: `The end date ${end} is before the start date ${start}. Correct one of them.`,
      });
    }
    const status: PairingStatus = given ?? (end && end <= ctx.today ? 'ended' : 'active');
    if (networker.role === 'participant') {
      row.report('networkerId', 'warning', {
        nl: `${shown(networker.id)} (${shown(networker.name)}) heeft in Cliënten niet de rol netwerker of beide. Pas de rol aan als dit klopt.`,
        en: `${shown(networker.id)} (${shown(networker.name)}) does not have the role networker or both in Clients. Update the role if this is right.`,
      });
    }
    if (status === 'active') {
      const key = `${networker.id}\u0000${client.id}`;
      const earlier = activeRows.get(key);
      if (earlier !== undefined) {
        row.report('clientId', 'warning', {
          nl: `Deze koppeling staat al als actief in rij ${earlier}. Verwijder de dubbele rij of beëindig er één.`,
          en: `This pairing is already active in row ${earlier}. Remove the duplicate row or end one of them.`,
        });
      } else activeRows.set(key, row.excelRow);
    }
    pairings.push({
      networkerId: networker.id,
      clientId: client.id,
      start,
      end,
      status,
      endReason: row.text('endReason'),
      origin: { sheet: row.sheetName, row: row.excelRow },
    });
  });
  return pairings;
}

export function readExclusions(table: LocatedTable, ctx: ReadContext): Exclusion[] {
  const list: Exclusion[] = [];
  eachRow(table, ctx.problems, (row) => {
    const a = clientRef(row, 'a', ctx, 'error');
    const b = clientRef(row, 'b', ctx, 'error');
    if (!a || !b) return;
    if (a.id === b.id) {
      row.report('b', 'warning', {
        nl: `Cliënt ${shown(a.id)} is van zichzelf uitgesloten; dat heeft geen effect. Vul twee verschillende ID's in.`,
        en: `Client ${shown(a.id)} is excluded from themselves, which has no effect. Enter two different IDs.`,
      });
      return;
    }
    list.push({ a: a.id, b: b.id, reason: row.text('reason'), origin: { sheet: row.sheetName, row: row.excelRow } });
  });
  return list;
}

export function readSocialMap(table: LocatedTable, ctx: ReadContext): Activity[] {
  const list: Activity[] = [];
  eachRow(table, ctx.problems, (row) => {
    const name = row.text('activity');
    if (!name) {
      row.report('activity', 'warning', { nl: 'Deze activiteit heeft geen naam; Kring slaat de rij over.', en: 'This activity has no name; Kring skips the row.' });
      return;
    }
    const days = parseDays(row.cell('days'));
    if (days.unknown.length) row.report('days', 'warning', unknownDays(days.unknown));
    list.push({
      name,
      place: row.text('place'),
      interests: parseList(row.cell('interests')),
      days: days.days,
      contact: row.text('contact'),
      origin: { sheet: row.sheetName, row: row.excelRow },
    });
  });
  return list;
}
