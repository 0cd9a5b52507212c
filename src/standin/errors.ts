/**
 * Errors shaped like the ones office.js raises (`OfficeExtension.Error`): name 'RichApi.Error', a `code`
 * from `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, a message, `debugInfo` with `errorLocation`,
 * `traceMessages`, `innerError` and `httpStatusCode`. Messages follow the published error table and the
 * office.js resource strings.
 */

export interface StandinDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of the Office application.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
};

const HTTP_STATUS: Readonly<Record<string, number>> = {
  AccessDenied: 401,
  ApiNotFound: 404,
  InvalidArgument: 400,
  InvalidRequestContext: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
};

export class StandinRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: StandinDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, StandinRichApiError.prototype);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function isRichApiError(error: unknown): error is StandinRichApiError {
  return error instanceof StandinRichApiError;
}

/** An error with one of the documented codes and its documented message. */
export function richApiError(code: string, errorLocation?: string, message?: string): StandinRichApiError {
  return new StandinRichApiError(code, message ?? MESSAGES[code] ?? code, errorLocation);
}

export const standinErrors = {
  itemNotFound: (location?: string) => richApiError('ItemNotFound', location),
  itemAlreadyExists: (location?: string) => richApiError('ItemAlreadyExists', location),
  invalidArgument: (location?: string) => richApiError('InvalidArgument', location),
  invalidOperation: (location?: string) => richApiError('InvalidOperation', location),
  generalException: (detail: string) =>
    richApiError('GeneralException', undefined, `${MESSAGES.GeneralException} ${detail}`),
  propertyNotLoaded: (entity: string, property: string) =>
    richApiError(
      'PropertyNotLoaded',
      `${entity}.${property}`,
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
  valueNotLoaded: () => richApiError('ValueNotLoaded', 'clientResult.value'),
  invalidRequestContext: () => richApiError('InvalidRequestContext'),
  runMustReturnPromise: (functionName: string) => richApiError('RunMustReturnPromise', functionName),
  apiNotFound: (api: string, apiSet: string, version: string) =>
    richApiError(
      'ApiNotFound',
      api,
      `The method or property ${api} is part of the ${apiSet} ${version} requirement set, which is not available in your version of Excel.`,
    ),
};
