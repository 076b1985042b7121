import { Bilingual } from '../i18n';
import { displayDate } from '../dates';
import { Contact, Frequency, Settings } from '../model';
import { DEFAULT_SECTORS } from '../schema';
import { cellAddress, columnLetters } from '../workbook';
import { parseBoolean, parseInteger, parseList, Parsed, shown } from './cells';
import { ReadContext } from './context';
import { nameKey, normKey } from './normalize';
import { clientRef } from './references';
import { eachRow, LocatedTable } from './table';

/** Words that mean one of the default sectors (workbook.md). */
const SECTOR_SYNONYMS: Record<string, string[]> = {
  Familie: ['familie', 'family', 'gezin', 'ouders', 'relatives'],
  'Vrienden en kennissen': ['vrienden', 'kennissen', 'vriendenenkennissen', 'friends', 'vriend', 'kennis', 'friendsandacquaintances'],
  Buurt: ['buurt', 'buren', 'neighbours', 'neighbors', 'neighbourhood', 'neighborhood', 'wijk', 'buurman', 'buurvrouw'],
  'Werk/school/dagbesteding': ['werkschooldagbesteding', 'werk', 'school', 'dagbesteding', 'work', 'workschooldayactivity', 'collega', 'collegas'],
  Hulpverlening: ['hulpverlening', 'professional', 'professionals', 'professionelehulp', 'professionalhelp', 'zorg', 'begeleiding', 'hulpverlener'],
  Medecliënten: ['medecliënt', 'medeclient', 'medeclienten', 'fellowclient', 'fellowclients'],
  Overig: ['overig', 'other', 'overige', 'anders'],
};

/** Maps a sector text to the configured sector name, or null. */
export function sectorMatcher(settings: Settings): (text: string) => string | null {
  const map = new Map<string, string>();
  for (const sector of settings.sectors) map.set(normKey(sector), sector);
  for (const canonical of DEFAULT_SECTORS) {
    const configured = map.get(normKey(canonical));
    if (!configured) continue;
    for (const word of SECTOR_SYNONYMS[canonical] ?? []) if (!map.has(normKey(word))) map.set(normKey(word), configured);
  }
  return (text) => map.get(normKey(text)) ?? null;
}

const FREQUENCY_WORDS: Record<string, Frequency> = {
  dagelijks: 'daily', daily: 'daily', elkedag: 'daily', iederedag: 'daily',
  wekelijks: 'weekly', weekly: 'weekly', elkeweek: 'weekly',
  maandelijks: 'monthly', monthly: 'monthly', elkemaand: 'monthly',
  zelden: 'rarely', rarely: 'rarely', soms: 'rarely', nooit: 'rarely', jaarlijks: 'rarely', never: 'rarely', seldom: 'rarely',
};

function parseFrequency(cell: unknown): Parsed<Frequency | null> {
  if (cell === null || (typeof cell === 'string' && !cell.trim())) return { ok: true, value: null };
  const f = FREQUENCY_WORDS[normKey(String(cell))];
  if (f) return { ok: true, value: f };
  return {
    ok: false,
    why: {
      nl: `"${shown(cell)}" is geen bekende frequentie; Kring laat haar leeg. Kies dagelijks, wekelijks, maandelijks of zelden.`,
      en: `"${shown(cell)}" is not a known frequency; Kring leaves it empty. Choose daily, weekly, monthly or rarely.`,
    },
  };
}

export function readContacts(table: LocatedTable, ctx: ReadContext, settings: Settings): Contact[] {
  const contacts: Contact[] = [];
  const sectorOf = sectorMatcher(settings);
  const ringCount = settings.rings.length;
  const seen = new Map<string, number>();
  const knowsChecks: { contact: Contact; column: string }[] = [];
  eachRow(table, ctx.problems, (row) => {
    const client = clientRef(row, 'clientId', ctx, 'warning');
    const name = row.text('contact');
    if (!name) {
      row.report('contact', 'error', { nl: 'De naam van het contact is leeg. Vul een naam of initialen in.', en: "The contact's name is empty. Enter a name or initials." });
      return;
    }
    const sectorText = row.text('sector');
    const sector = sectorText ? sectorOf(sectorText) : null;
    if (!sector) {
      const msg: Bilingual = sectorText
        ? {
            nl: `"${shown(sectorText)}" is geen bekende sector. Kies uit: ${settings.sectors.join(', ')}.`,
            en: `"${shown(sectorText)}" is not a known sector. Choose from: ${settings.sectors.join(', ')}.`,
          }
        : { nl: `De sector is leeg. Kies uit: ${settings.sectors.join(', ')}.`, en: `The sector is empty. Choose from: ${settings.sectors.join(', ')}.` };
      row.report('sector', 'error', msg);
    }
    const ring = row.parse('ring', (c) => parseInteger(c, 1, ringCount), null) ?? ringCount;
    const date = row.date('date', ctx.today);
    const frequency = row.parse('frequency', parseFrequency, null, 'warning');
    const reciprocal = row.parse('reciprocal', parseBoolean, null, 'warning');
    if (!client || !sector) return;
    const key = `${client.id}\u0000${date ?? ''}\u0000${nameKey(name)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      row.report('contact', 'warning', {
        nl: `"${shown(name)}" staat al op deze netwerkkaart (rij ${earlier}). Kring telt dit contact één keer.`,
        en: `"${shown(name)}" is already on this network map (row ${earlier}). Kring counts this contact once.`,
      });
      return;
    }
    seen.set(key, row.excelRow);
    const contact: Contact = {
      clientId: client.id,
      name,
      sector,
      ring,
      date,
      frequency,
      support: parseList(row.cell('support')),
      reciprocal,
      knows: parseList(row.cell('knows')),
      origin: { sheet: row.sheetName, row: row.excelRow },
    };
    if (contact.knows.length) knowsChecks.push({ contact, column: row.headerName('knows') });
    contacts.push(contact);
  });
  checkKnows(knowsChecks, seen, table, ctx);
  strayDates(contacts, table, ctx);
  return contacts;
}

/** Days within which a date used by a few clients is probably meant as the round most clients share. */
const NEAR_DAYS = 62;

/**
 * A measurement date used by only a few clients while many others share another date nearby is
 * probably a typo or a late map of that round: said at its rows, because it would otherwise be a
 * measurement round of its own (a results chart of one client).
 */
function strayDates(contacts: Contact[], table: LocatedTable, ctx: ReadContext): void {
  const clientsOn = new Map<string, Set<string>>();
  for (const c of contacts) if (c.date) clientsOn.set(c.date, (clientsOn.get(c.date) ?? new Set()).add(c.clientId));
  const rounds = [...clientsOn].map(([date, clients]) => ({ date, n: clients.size }));
  for (const few of rounds) {
    const main = rounds
      .filter((r) => r.date !== few.date && Math.abs(Date.parse(r.date) - Date.parse(few.date)) <= NEAR_DAYS * 86400000 && r.n >= Math.max(5, few.n * 5))
      .sort((a, b) => b.n - a.n)[0];
    if (!main) continue;
    const rows = [...new Set(contacts.filter((c) => c.date === few.date).map((c) => c.origin.row))].sort((a, b) => a - b);
    const column = table.columns.get('date');
    const shownRows = rows.length > 8 ? `${rows.slice(0, 8).join(', ')} …` : rows.join(', ');
    ctx.problems.push({
      severity: 'warning',
      sheet: table.sheet.name,
      row: rows[0],
      column: column?.header ?? null,
      address: column ? cellAddress(rows[0] - 1, table.sheet.firstColumn + column.index) : undefined,
      message: {
        nl: `De peildatum ${displayDate(few.date)} komt bij ${few.n} ${few.n === 1 ? 'cliënt' : 'cliënten'} voor (rij ${shownRows}), terwijl ${main.n} cliënten ${displayDate(main.date)} hebben. Hoort dit bij die meetronde? Zet dan dezelfde peildatum; anders telt het als een eigen meetmoment.`,
        en: `The measurement date ${displayDate(few.date)} is used for ${few.n} ${few.n === 1 ? 'client' : 'clients'} (row ${shownRows}), while ${main.n} clients have ${displayDate(main.date)}. Does it belong to that round? Then use the same date; otherwise it counts as a measurement of its own.`,
      },
    });
  }
}

/** "Kent" must name other contacts of the same client on the same map. */
function checkKnows(
  checks: { contact: Contact; column: string }[],
  seen: Map<string, number>,
  table: LocatedTable,
  ctx: ReadContext,
): void {
  const knowsCol = table.columns.get('knows');
  for (const { contact, column } of checks) {
    const unknown = contact.knows.filter((n) => !seen.has(`${contact.clientId}\u0000${contact.date ?? ''}\u0000${nameKey(n)}`));
    if (!unknown.length) continue;
    contact.knows = contact.knows.filter((n) => !unknown.includes(n));
    ctx.problems.push({
      severity: 'warning',
      sheet: table.sheet.name,
      row: contact.origin.row,
      column,
      address: knowsCol ? `${columnLetters(table.sheet.firstColumn + knowsCol.index)}${contact.origin.row}` : undefined,
      message: {
        nl: `${quoteList(unknown)} staat niet op dezelfde netwerkkaart van deze cliënt; Kring negeert die band. Controleer de spelling.`,
        en: `${quoteList(unknown)} is not on the same network map of this client; Kring ignores that tie. Check the spelling.`,
      },
    });
  }
}


function quoteList(names: string[]): string {
  return names.slice(0, 3).map((n) => `"${shown(n)}"`).join(', ') + (names.length > 3 ? ' …' : '');
}
