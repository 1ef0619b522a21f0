import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, createContextKey, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';

const tracer = trace.getTracer('big-city-graph');
const OPERATION_SPAN = createContextKey('big-city-graph operation span');

/**
 * Runs the handling of one request inside a server span, the child of the caller's W3C
 * `traceparent` when it sends one. With tracing off the API's no-op tracer and propagator make
 * this a few calls and no allocations worth measuring (BENCHMARKS.md, Tracing).
 */
export function inRequestSpan(
  request: IncomingMessage,
  response: ServerResponse,
  route: string,
  work: () => Promise<void>,
): Promise<void> {
  const parent = propagation.extract(context.active(), request.headers);
  const method = request.method ?? 'GET';
  return tracer.startActiveSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': method, 'http.route': route },
    },
    parent,
    async (span) => {
      try {
        await work();
      } finally {
        span.setAttribute('http.response.status_code', response.statusCode);
        if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    },
  );
}

/** The GraphQL operation's span, named and described by operationPlugin once Apollo has resolved it. */
export function inOperationSpan<T>(work: () => Promise<T>): Promise<T> {
  const span = tracer.startSpan('graphql', { kind: SpanKind.INTERNAL });
  const scope = trace.setSpan(context.active(), span).setValue(OPERATION_SPAN, span);
  return context.with(scope, async () => {
    try {
      return await work();
    } finally {
      span.end();
    }
  });
}

/** The span inOperationSpan opened around the operation running here, if any (never a host's own span). */
export function currentOperationSpan(): Span | undefined {
  return context.active().getValue(OPERATION_SPAN) as Span | undefined;
}
