import { Client, Role } from '../model';
import { Bilingual } from '../i18n';
import { idKey, parseBirthYear, parseBoolean, parseDays, parseId, parseInteger, parseList, Parsed, shown } from './cells';
import { ReadContext } from './context';
import { parseConsent } from '../privacy/consent';
import { normKey } from './normalize';
import { eachRow, LocatedTable } from './table';

const ROLE_WORDS: Record<string, Role> = {
  netwerker: 'networker', networker: 'networker', netwerkers: 'networker',
  deelnemer: 'participant', participant: 'participant', client: 'participant', deelnemers: 'participant',
  beide: 'both', both: 'both', netwerkerendeelnemer: 'both', deelnemerennetwerker: 'both',
};

export function parseRole(cell: unknown): Parsed<Role> {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: 'participant' };
  const role = ROLE_WORDS[normKey(String(cell))];
  if (role) return { ok: true, value: role };
  return {
    ok: false,
    why: {
      nl: `"${shown(cell)}" is geen bekende rol. Kies netwerker, deelnemer of beide.`,
      en: `"${shown(cell)}" is not a known role. Choose networker, participant or both.`,
    },
  };
}

export function readClients(table: LocatedTable, ctx: ReadContext): Client[] {
  const clients: Client[] = [];
  const currentYear = Number(ctx.today.slice(0, 4));
  eachRow(table, ctx.problems, (row) => {
    const id = parseId(row.cell('id'));
    const name = row.text('name');
    if (!id) {
      row.report('id', 'error', {
        nl: 'Deze rij heeft geen ID. Geef elke cliënt een uniek ID, of maak de rij helemaal leeg.',
        en: 'This row has no ID. Give every client a unique ID, or clear the whole row.',
      });
      return;
    }
    const first = ctx.clients.get(idKey(id));
    if (first) {
      const duplicate = row.report('id', 'error', {
        nl: `Het ID "${shown(id)}" komt al voor in rij ${first.origin.row}. Geef elke cliënt een eigen ID.`,
        en: `The ID "${shown(id)}" is already used in row ${first.origin.row}. Give every client an ID of their own.`,
      });
      ctx.causes?.duplicates.push(duplicate);
      return;
    }
    if (!name) {
      row.report('name', 'error', { nl: `Cliënt ${shown(id)} heeft geen naam. Vul de naam in.`, en: `Client ${shown(id)} has no name. Enter the name.` });
    }
    const role = row.parse('role', parseRole, 'participant');
    const capacityCell = row.parse('capacity', (c) => parseInteger(c, 0, 10), null);
    const days = parseDays(row.cell('availability'));
    if (days.unknown.length) {
      row.report('availability', 'warning', unknownDays(days.unknown));
    }
    const client: Client = {
      id,
      name: name ?? id,
      location: row.text('location'),
      role,
      capacity: capacityCell ?? (role === 'participant' ? 0 : 1),
      interests: parseList(row.cell('interests')),
      needs: parseList(row.cell('needs')),
      availability: days.days,
      birthYear: row.parse('birth', (c) => parseBirthYear(c, currentYear), null, 'warning'),
      gender: row.text('gender'),
      genderPreference: row.text('genderPreference'),
      supervisor: row.text('supervisor'),
      active: row.parse('active', parseBoolean, true) ?? true,
      // Without the column (older workbooks) consent stays absent: nothing to ask about, see privacy/consent.ts.
      ...(row.has('consent') ? { consent: row.parse('consent', parseConsent, 'unknown') } : {}),
      origin: { sheet: row.sheetName, row: row.excelRow },
    };
    ctx.clients.set(idKey(id), client);
    clients.push(client);
  });
  return clients;
}

export function unknownDays(words: string[]): Bilingual {
  const list = words.slice(0, 3).map((w) => `"${shown(w)}"`).join(', ') + (words.length > 3 ? ' …' : '');
  return {
    nl: `Onbekende dag ${list}; Kring negeert die. Gebruik ma, di, wo, do, vr, za, zo.`,
    en: `Unknown day ${list}; Kring ignores it. Use mon, tue, wed, thu, fri, sat, sun.`,
  };
}
