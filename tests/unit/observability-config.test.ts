import { ConfigError, loadConfig } from '../../src/config';

const TOKEN = 'scrape-token-0123456789';

test('/metrics is on the API port in development and test, and off there in production without a token', () => {
  expect(loadConfig({}).metrics).toEqual({ token: undefined, port: undefined, onMainPort: true });
  expect(loadConfig({ NODE_ENV: 'test' }).metrics.onMainPort).toBe(true);
  expect(loadConfig({ NODE_ENV: 'production' }).metrics.onMainPort).toBe(false);
  expect(loadConfig({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN }).metrics).toEqual({
    token: TOKEN,
    port: undefined,
    onMainPort: true,
  });
});

test('METRICS_PORT moves /metrics off the API port and must differ from it', () => {
  expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ token: undefined, port: 9464, onMainPort: false });
  expect(() => loadConfig({ PORT: '9464', METRICS_PORT: '9464' })).toThrow(
    new ConfigError('Invalid configuration: METRICS_PORT must differ from PORT (unset it to serve /metrics on PORT)'),
  );
  expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters');
});

test('tracing is on only with an OTLP endpoint, the general one gaining /v1/traces', () => {
  expect(loadConfig({}).tracing).toBeUndefined();
  expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
    url: 'http://collector:4318/v1/traces',
    serviceName: 'big-city-graph',
  });
  expect(
    loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/api/v1/spans',
      OTEL_SERVICE_NAME: 'graph-eu',
    }).tracing,
  ).toEqual({ url: 'https://traces.example/api/v1/spans', serviceName: 'graph-eu' });
  expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(
    'OTEL_EXPORTER_OTLP_ENDPOINT must be a URL',
  );
});
