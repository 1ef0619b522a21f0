/**
 * The graph's vocabulary, defined once: labels, relationship types, enum values and defaults.
 * Pure data with no imports from the rest of the project, so every layer may use it.
 */
export * from './defaults';
export * from './enums';
export * from './graph-labels';
export * from './claim-properties';
