/**
 * Errors of the strict Excel test host, shaped like Office.js's `OfficeExtension.Error`
 * (name "RichApi.Error", `code`, `message`, `debugInfo.{code,message,errorLocation}`).
 */

export type HostErrorCode =
  | 'PropertyNotLoaded'
  | 'RunMustReturnPromise'
  | 'InvalidObjectPath'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'GeneralException'
  | 'NotSimulated';

/** Messages as Office.js words them (excel-web-16.00.debug.js resource strings). */
const MESSAGES: Record<HostErrorCode, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  InvalidObjectPath:
    'The object path \'{0}\' isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object or the current state of the object.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please see the Excel JavaScript API requirement sets documentation for more information.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  GeneralException: 'There was an internal error while processing the request.',
  NotSimulated: 'not simulated: {0}',
};

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  details?: string;
}

/** Error thrown (synchronously) or rejected (at sync) by the test host. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: HostErrorCode, opts: { arg?: string; location?: string; details?: string } = {}) {
    const template = MESSAGES[code];
    let message = template.replace('{0}', opts.arg ?? opts.location ?? '');
    if (opts.details) message += ` (${opts.details})`;
    super(message);
    this.name = code === 'NotSimulated' ? 'NotSimulatedError' : 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = code === 'NotSimulated' ? 0 : 400;
    this.debugInfo = { code, message, errorLocation: opts.location, details: opts.details };
    Object.setPrototypeOf(this, HostError.prototype);
  }
}

export function notSimulated(member: string): HostError {
  return new HostError('NotSimulated', { arg: member, location: member });
}
