import type { ClaimRank, Confidence, SourceReliability } from './enums';

/** What a fact is when nobody said how sure it is: stated by its sources. */
export const DEFAULT_CONFIDENCE: Confidence = 'STATED';
/** A claim nobody ranked stands beside the others. */
export const DEFAULT_CLAIM_RANK: ClaimRank = 'NORMAL';
/** A source nobody marked weak. */
export const DEFAULT_RELIABILITY: SourceReliability = 'NORMAL';

/**
 * What a stored property reads as where a node lacks it: the schema's non-null lists are empty,
 * not missing, and confidence and reliability take the defaults above.
 */
export const PROPERTY_DEFAULTS: Readonly<Record<string, unknown>> = {
  aliases: [],
  genres: [],
  referenced: false,
  confidence: DEFAULT_CONFIDENCE,
  reliability: DEFAULT_RELIABILITY,
};

/** The author of what the seed loads: its nodes' createdBy and its revisions' author. */
export const SEED_AUTHOR = 'seed';
