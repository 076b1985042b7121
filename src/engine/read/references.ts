import { Client } from '../model';
import { idKey, parseId, shown } from './cells';
import { findClient, ReadContext } from './context';
import { RowReader } from './table';
import { isErasedClient } from '../privacy/words';

/** Reads a client-ID column and resolves it; reports an empty or unknown ID with the given severity. */
export function clientRef(row: RowReader, key: string, ctx: ReadContext, severity: 'error' | 'warning'): Client | null {
  const id = parseId(row.cell(key));
  // A row of another client's history whose other party was erased: kept, not a pairing any more.
  if (isErasedClient(row.cell(key))) return null;
  if (!id) {
    row.report(key, 'error', {
      nl: `"${row.headerName(key)}" is leeg. Vul het ID van een cliënt uit het blad Cliënten in.`,
      en: `"${row.headerName(key)}" is empty. Enter the ID of a client from the Clients sheet.`,
    });
    return null;
  }
  const client = findClient(ctx, id);
  if (!client) {
    const problem = row.report(key, severity, {
      nl: `Er is geen cliënt met ID "${shown(id)}" in het blad Cliënten. Controleer het ID${severity === 'warning' ? '; Kring slaat deze rij over' : ''}.`,
      en: `There is no client with ID "${shown(id)}" in the Clients sheet. Check the ID${severity === 'warning' ? '; Kring skips this row' : ''}.`,
    });
    const group = ctx.causes?.unknownRefs.get(idKey(id));
    if (group) group.problems.push(problem);
    else ctx.causes?.unknownRefs.set(idKey(id), { id: shown(id), problems: [problem] });
    return null;
  }
  return client;
}
