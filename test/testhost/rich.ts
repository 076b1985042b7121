/** Shared by the test host's tests: errors as Microsoft's client library raises them. */

/** An OfficeExtension.Error of the library (named "RichApi.Error"). */
export interface RichApiError {
  name: string;
  code: string;
  message: string;
  debugInfo: { code?: string; errorLocation?: string };
}

export function expectRichApi(e: unknown, code: string): RichApiError {
  expect(e).toMatchObject({ name: 'RichApi.Error', code });
  return e as RichApiError;
}

export async function rejectsWith(p: Promise<unknown>, code: string): Promise<RichApiError> {
  try {
    await p;
  } catch (e) {
    return expectRichApi(e, code);
  }
  throw new Error(`expected a ${code} rejection`);
}

export function throwsWith(fn: () => unknown, code: string): RichApiError {
  try {
    fn();
  } catch (e) {
    return expectRichApi(e, code);
  }
  throw new Error(`expected ${code}`);
}
