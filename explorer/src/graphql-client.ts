/** Where the API answers: the same origin that served the page. */
export const GRAPHQL_ENDPOINT = '/graphql';

export type FailureKind = 'network' | 'http' | 'graphql';

/** Why a request failed, in a form the page can explain: unreachable server, bad HTTP answer, or GraphQL errors. */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';

  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The GraphQL error codes (extensions.code), when the server gave any. */
    readonly codes: readonly string[] = [],
    readonly status?: number,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: string } }>;
}

/**
 * Posts one operation as JSON (the server's CSRF prevention refuses other content types) and
 * returns its data; any GraphQL error fails the whole request, since partial graphs would mislead.
 */
export async function requestGraphQL<T>(
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure('network', 'The server could not be reached.');
  }
  const body = await readJson<GraphQLResponse<T>>(response);
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    const codes = errors.flatMap((error) => (error.extensions?.code ? [error.extensions.code] : []));
    const message = errors.map((error) => error.message ?? 'Unknown error').join(' ');
    throw new ApiFailure('graphql', message, codes, response.status);
  }
  if (!response.ok || body?.data === undefined || body.data === null) {
    throw new ApiFailure(
      'http',
      `The server answered ${response.status} ${response.statusText}.`.trim(),
      [],
      response.status,
    );
  }
  return body.data;
}

async function readJson<T>(response: Response): Promise<T | undefined> {
  try {
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}
