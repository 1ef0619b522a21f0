export { createGraphServer, type GraphServer, type GraphServerOptions } from './graph-server';
export { createApp, type App, type AppConfig } from './app';
export { ConfigError, loadConfig, type Config } from './config';
export { createLogger, type Logger, type LogLevel } from './logger';
export type { MountableHandler, NextFunction } from './http/mount-at';
export { createHttpServer, type ServerLimits } from './http/create-http-server';
