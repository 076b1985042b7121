/**
 * Errors thrown by Office (OfficeExtension.Error, or the test host's look-alike) or by the
 * gateway, turned into one of the pane's plain-language messages. Never shows a stack trace.
 */
import { Strings } from './strings';

export type ErrorKind = keyof Omit<Strings['errors'], 'title'>;

const BY_CODE: Record<string, ErrorKind> = {
  InvalidOperationInCellEditMode: 'cellEditMode',
  AccessDenied: 'protected',
  InsertDeleteConflict: 'protected',
  ItemNotFound: 'notFound',
  InvalidObjectPath: 'notFound',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  ApiNotFound: 'unsupported',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Conflict: 'busy',
  RequestAborted: 'busy',
};

/** The error's Office error code, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    const debug = (error as { debugInfo?: { code?: unknown } }).debugInfo;
    if (debug && typeof debug.code === 'string') return debug.code;
  }
  return undefined;
}

export function errorKind(error: unknown): ErrorKind {
  const code = errorCode(error);
  return (code && BY_CODE[code]) || 'generic';
}

export function errorMessage(error: unknown, strings: Strings): string {
  return strings.errors[errorKind(error)];
}
