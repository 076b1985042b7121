/** Shared state while reading one workbook: problems, today's date and the client index. */
import { Client } from '../model';
import { Problem } from '../problems';
import { idKey } from './cells';
import { Causes } from './rootCause';

export interface ReadContext {
  problems: Problem[];
  /** ISO date of today, for plausibility checks. */
  today: string;
  clients: Map<string, Client>;
  /** Causes of follow-up problems, to report each mistake once (see rootCause.ts). */
  causes?: Causes;
}

/** The client an ID refers to: exact (ignoring case and spaces), else a numeric ID without leading zeros. */
export function findClient(ctx: ReadContext, id: string): Client | undefined {
  const exact = ctx.clients.get(idKey(id));
  if (exact) return exact;
  if (/^\d+$/.test(id)) {
    const bare = id.replace(/^0+(?=\d)/, '');
    for (const client of ctx.clients.values()) {
      if (/^\d+$/.test(client.id) && client.id.replace(/^0+(?=\d)/, '') === bare) return client;
    }
  }
  return undefined;
}
