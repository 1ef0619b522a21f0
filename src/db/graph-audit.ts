import type { Executor } from './executor';
import { CLAIM_FIELD_KEYS, STRUCTURAL_TYPES } from '../vocabulary';
import { statement } from './statement';

/**
 * Counts and consistency checks over the whole graph, for the loader's summary and the test suite.
 * The graph version's node is bookkeeping, not part of the graph, and is not counted.
 */

/** The graph's own nodes: the revision log (Revision, RevisionLog) is counted by countRevisions. */
const NODES_BY_LABEL = statement(
  'audit:nodesByLabel',
  `MATCH (n) WHERE NOT n:Revision AND NOT n:RevisionLog
   UNWIND labels(n) AS label WITH label, count(*) AS count WHERE NOT label IN ['Entity', 'GraphVersion'] RETURN label, count`,
);
const REVISION_COUNT = statement('audit:revisionCount', 'MATCH (r:Revision) RETURN count(r) AS count');

export async function countRevisions(executor: Executor): Promise<number> {
  const [row] = await executor.read(REVISION_COUNT);
  return Number(row?.count ?? 0);
}
const RELATIONSHIPS_BY_TYPE = statement(
  'audit:relationshipsByType',
  'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count',
);

export async function countNodesByLabel(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read(NODES_BY_LABEL);
  return Object.fromEntries(rows.map((row) => [row.label as string, row.count as number]));
}

export async function countRelationshipsByType(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read(RELATIONSHIPS_BY_TYPE);
  return Object.fromEntries(rows.map((row) => [row.type as string, row.count as number]));
}

export interface AuditFinding {
  readonly rule: string;
  readonly offenders: string[];
}

const RULES: ReadonlyArray<{ rule: string; query: string }> = [
  {
    rule: 'every fact-bearing relationship cites at least one existing source',
    query: `MATCH (a)-[r]->(b) WHERE NOT type(r) IN $structural
            AND (r.sources IS NULL OR size(r.sources) = 0
                 OR any(id IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: id}) }))
            RETURN a.id + ' -' + type(r) + '-> ' + b.id AS offender LIMIT 50`,
  },
  {
    rule: 'every entity and claim cites at least one source',
    query: `MATCH (n) WHERE ((n:Entity AND NOT n:Source) OR n:Claim)
            AND NOT EXISTS { (n)-[:CITES]->(:Source) }
            RETURN n.id AS offender LIMIT 50`,
  },
  {
    rule: 'every character appears in exactly one work',
    query: `MATCH (c:Character) WITH c, COUNT { (c)-[:APPEARS_IN]->(:Work) } AS works WHERE works <> 1
            RETURN c.id + ' (' + works + ' works)' AS offender LIMIT 50`,
  },
  {
    rule: 'counterpart links join characters of different works',
    query: `MATCH (a:Character)-[:COUNTERPART_OF]-(b:Character), (a)-[:APPEARS_IN]->(w:Work)<-[:APPEARS_IN]-(b)
            RETURN a.id + ' ~ ' + b.id AS offender LIMIT 50`,
  },
  {
    rule: 'every episode of a series has at least one director',
    query: `MATCH (e:Episode)-[:EPISODE_OF]->(:Work {kind: 'SERIES'})
            WHERE NOT EXISTS { (:Person)-[:DIRECTED]->(e) }
            RETURN e.id AS offender LIMIT 50`,
  },
  {
    rule: 'at most one PREFERRED claim per subject and property',
    query: `MATCH (n:Entity)-[:HAS_CLAIM]->(c:Claim {rank: 'PREFERRED'})
            WITH n, c.property AS property, count(c) AS preferred WHERE preferred > 1
            RETURN n.id + '.' + property + ' (' + preferred + ')' AS offender LIMIT 50`,
  },
  {
    rule: 'a field with a PREFERRED claim equals it',
    query: `MATCH (n:Entity)-[:HAS_CLAIM]->(c:Claim {rank: 'PREFERRED'})
            WITH n, c, head([l IN labels(n) WHERE l <> 'Entity']) AS label
            WHERE label + '.' + c.property IN $fieldKeys
            // Whole numbers come from JavaScript as floats: 50.0 is the claim's 50.
            WITH n, c, n[c.property] AS field
            WITH n, c, CASE WHEN field IS :: LIST<ANY>
                   THEN reduce(s = '', i IN range(0, size(field) - 1) | s + CASE WHEN i = 0 THEN '' ELSE ', ' END + toString(field[i]))
                   WHEN field IS :: FLOAT AND field = toInteger(field) THEN toString(toInteger(field))
                   ELSE toString(field) END AS text
            WHERE text IS NULL OR text <> c.value
            RETURN n.id + '.' + c.property + ' = ' + coalesce(text, 'null') + ', claimed ' + c.value AS offender LIMIT 50`,
  },
  {
    rule: 'no name key that names nothing',
    query: `MATCH (k:NameKey) WHERE NOT EXISTS { (k)<-[:NAMED]-() } RETURN k.key AS offender LIMIT 50`,
  },
  {
    rule: 'no entity updated before it was created',
    query: `MATCH (n) WHERE (n:Entity OR n:Claim) AND n.updatedAt < n.createdAt RETURN n.id AS offender LIMIT 50`,
  },
  {
    rule: 'no person or character without a name',
    query: `MATCH (n) WHERE (n:Person OR n:Character) AND (n.name IS NULL OR trim(n.name) = '')
            RETURN n.id AS offender LIMIT 50`,
  },
];

/**
 * Every rule with what breaks it; an empty offender list means the rule holds. `only` keeps the
 * rules whose wording contains one of its fragments, for checks run after every write.
 */
export async function auditGraph(executor: Executor, only?: readonly string[]): Promise<AuditFinding[]> {
  const findings: AuditFinding[] = [];
  for (const [i, { rule, query }] of RULES.entries()) {
    if (only && !only.some((fragment) => rule.includes(fragment))) continue;
    const rows = await executor.read(statement(`audit:rule${i + 1}`, query), {
      structural: [...STRUCTURAL_TYPES],
      fieldKeys: [...CLAIM_FIELD_KEYS],
    });
    findings.push({ rule, offenders: rows.map((row) => String(row.offender)) });
  }
  return findings;
}

const DIRECTED_EPISODE_NUMBERS = statement(
  'audit:directedEpisodeNumbers',
  `MATCH (:Person)-[:DIRECTED]->(e:Episode)-[:EPISODE_OF]->(:Work {id: $workId})
   RETURN DISTINCT e.number AS number ORDER BY number`,
);

/** Episode numbers of a work that exist with a director, for checks of a series' completeness. */
export async function directedEpisodeNumbers(executor: Executor, workId: string): Promise<number[]> {
  const rows = await executor.read(DIRECTED_EPISODE_NUMBERS, { workId });
  return rows.map((row) => row.number as number);
}
