/**
 * The core of a test host that every part shares: its workbook, ExcelApi version, evaluator,
 * payload limits, the statistics of the requests it answered, the faults set up to come, and the
 * byte counts of payloads (what the limits and the statistics measure).
 */
import type { HostErrorCode } from './errors';
import type { FormulaEvaluator } from './cells';
import type { WorkbookState } from './state';

export interface RequestRecord {
  /** Number of the request (release requests carry the number of the one before). */
  sync: number;
  bytes: number;
  responseBytes: number;
  operations: number;
  error?: string;
  /** Actions in the serialized request (protocol host only: instantiations included). */
  actions?: number;
  /** The request the Excel client library sends when Excel.run ends, releasing tracked objects. */
  release?: boolean;
}

export interface HostStats {
  /** Requests received, the library's release requests apart (an empty sync sends none). */
  syncCount: number;
  totalBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  requests: RequestRecord[];
  /** How often suspendScreenUpdatingUntilNextSync() was applied. */
  screenUpdatingSuspensions: number;
  /** Files (base64 .xlsx) opened as new workbooks: Application.createWorkbook(file).open(). */
  openedWorkbooks: string[];
}

export function emptyStats(): HostStats {
  return { syncCount: 0, totalBytes: 0, largestRequestBytes: 0, largestResponseBytes: 0, requests: [], screenUpdatingSuspensions: 0, openedWorkbooks: [] };
}

export interface Fault {
  code: HostErrorCode;
  /** Operations of the request applied before the failure (0 = none, as for a request that never arrived; Infinity = all, as for a lost response). */
  afterOperations: number;
}

export interface HostCore {
  wb: WorkbookState;
  apiVersion: string;
  evaluate: FormulaEvaluator;
  requestLimitBytes: number;
  responseLimitBytes: number;
  stats: HostStats;
  /** Injected faults by request number: the code, and how many of the request's operations are applied first (0: none). */
  faults: Map<number, Fault>;
  notify(): void;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** UTF-8 byte length of a string without allocating (the double counts on its own, not with the code it tests). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}
