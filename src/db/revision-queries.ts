import { statement } from './statement';

/**
 * The revision log: one RevisionLog node counts the revisions, and every write transaction takes
 * its lock first, so writes are applied one at a time, in the order of their revision numbers,
 * and a revision's time is never before the one it follows.
 */

/** Creates the log on the first write, takes its lock, and says where it stands. */
export const LOCK_REVISION_LOG = statement(
  'revisions:lock',
  `
  MERGE (log:RevisionLog {id: 'revisions'})
  ON CREATE SET log.seq = 0
  SET log._lock = true
  REMOVE log._lock
  RETURN log.seq AS seq, log.at AS at`,
);

/**
 * Appends one revision: $revision holds its author, time, operation, file, sources, subjects
 * (the ids it touches), changes (JSON) and what it reverts; its number and id come from the log.
 */
export const APPEND_REVISION = statement(
  'revisions:append',
  `
  MATCH (log:RevisionLog {id: 'revisions'})
  SET log.seq = log.seq + 1, log.at = $revision.at
  CREATE (r:Revision)
  SET r = $revision, r.seq = log.seq, r.id = 'rev-' + toString(log.seq) + '-' + $suffix
  RETURN r.id AS id, r.seq AS seq`,
);

/**
 * A page of the revisions that touch an id, newest first, and how many there are. Revisions name
 * what they touch by id rather than by a link: an id outlives its node when a revert takes out
 * what a revision created, and its history must still be found.
 */
export const REVISIONS_OF = statement(
  'revisions:of',
  `
  MATCH (r:Revision) WHERE $id IN r.subjects
  WITH r ORDER BY r.seq DESC
  WITH collect(r {.*}) AS found
  RETURN size(found) AS total, found[$offset..($offset + $first)] AS page`,
);

export const REVISION_BY_ID = statement(
  'revisions:byId',
  `
  MATCH (r:Revision {id: $id})
  RETURN r {.*} AS revision`,
);

/** Every revision after a number, oldest first: what a replay of the log applies. */
export const REVISIONS_AFTER = statement(
  'revisions:after',
  `
  MATCH (r:Revision) WHERE r.seq > $seq
  RETURN r {.*} AS revision
  ORDER BY r.seq`,
);
