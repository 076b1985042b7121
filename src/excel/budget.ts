/**
 * The request budget. Excel on the web refuses a request over 5 MB, and the gateway cannot see
 * the body the Excel client library builds, so it charges a conservative model of the bytes on
 * the wire for everything it queues, and sends a request when the charge passes the budget.
 * Every unit of work between two checks is small (a value block, a form, a chart), so a request
 * never goes far past the budget. The model is checked against the real library's serialized
 * bodies in test/excel/budget.test.ts (it must stay above them).
 */
import { utf8Length } from '../engine/utf8';

/** UTF-8 bytes of a JSON text. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

/**
 * Bytes per thing queued, from the library's bodies: an object (a Range from getRange, a
 * navigation such as `format` or `font`, a chart part from getItemAt or add) is an object path
 * and an Instantiate action; a property set or method call is an action. Ids reach 6–7 digits in
 * large requests, hence the margin.
 */
export const WIRE = {
  object: 200,
  action: 120,
};

export class RequestBudget {
  used = 0;
  constructor(readonly limit: number) {}

  /** An object path (with its arguments, e.g. a range's address) and its instantiation. */
  object(args?: unknown): void {
    this.used += WIRE.object + (args === undefined ? 0 : jsonBytes(args));
  }

  /** A property set or a method call with its arguments. */
  action(args?: unknown): void {
    this.used += WIRE.action + (args === undefined ? 0 : jsonBytes(args));
  }

  get full(): boolean {
    return this.used >= this.limit;
  }

  reset(): void {
    this.used = 0;
  }
}

/**
 * A range for writing, charged and untracked: a tracked Range costs a `_KeepReference` action and a
 * second instantiation, and one more action in the request that releases it when Excel.run ends.
 * Only valid in the request it is queued in (the gateway never reuses one across syncs).
 */
export function rangeAt(ws: Excel.Worksheet, address: string, budget: RequestBudget): Excel.Range {
  budget.object(address);
  return ws.getRange(address).untrack();
}
