import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';

export interface TracingOptions {
  /** Where spans go: OTLP over HTTP to `url` (…/v1/traces), unless an exporter is given (tests). */
  readonly url?: string;
  readonly exporter?: SpanExporter;
  readonly serviceName?: string;
}

export interface Tracing {
  /** Sends the spans still buffered and unregisters the provider, so the API is a no-op again. */
  shutdown(): Promise<void>;
}

/**
 * Registers a tracer provider for the whole process: from then on the spans the server opens at
 * its seams (the HTTP request, the GraphQL operation, each Neo4j statement) are recorded and
 * exported, and a caller's W3C `traceparent` is honoured. Until it is called the API's no-op
 * tracer answers every span.
 */
export function startTracing(options: TracingOptions): Tracing {
  const exporter = options.exporter ?? new OTLPTraceExporter(options.url ? { url: options.url } : {});
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'big-city-graph' }),
    // An exporter handed in is a test's: it should see each span as soon as it ends.
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
