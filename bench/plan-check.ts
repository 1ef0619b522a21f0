import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { BUNDLES } from '../src/db/bundles';
import { DriverExecutor, type Params } from '../src/db/executor';
import { SEARCHABLE } from '../src/db/lookup-queries';
import { projectionParams } from '../src/db/projection';
import { allReadStatements } from '../src/db/read-statements';
import { requestFor } from './ask-all';
import { startOurServer } from './servers/our-server';
import type { Question } from './suite';

/**
 * Operators whose cost follows the graph, not the answer: every node, every node of a label, every
 * entry of an index (a label scan in disguise), every relationship of a type.
 */
export const FULL_SCANS = [
  'AllNodesScan',
  'NodeByLabelScan',
  'NodeIndexScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
];

export interface PlanReport {
  readonly statement: string;
  readonly scans: string[];
  readonly operators: string[];
  /** From PROFILE (the suite's statements only): database hits and rows of the whole plan. */
  readonly dbHits?: number;
}

/**
 * PROFILEs every statement our server runs for each question of the suite, with the very
 * parameters it used, and reports any full scan.
 */
export async function profileSuite(
  driver: Driver,
  questions: readonly Question[],
): Promise<Record<string, PlanReport[]>> {
  const executor = new DriverExecutor(driver, { database: 'neo4j', timeoutMs: 60_000 });
  // The statements (and their parameters) our repository sends, to profile them afterwards.
  const statements: Array<{ query: string; params: Params }> = [];
  executor.observe(({ mode, query, params }) => void (mode === 'READ' && statements.push({ query, params })));
  const server = await startOurServer(executor);
  const reports: Record<string, PlanReport[]> = {};
  try {
    for (const question of questions) {
      statements.length = 0;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(requestFor(question, 'ours').body),
      });
      await response.json();
      const recorded = [...statements];
      reports[question.name] = [];
      for (const { query, params } of recorded) {
        const result = await driver.executeQuery(`PROFILE ${query}`, params, { database: 'neo4j', routing: 'READ' });
        const plan = result.summary.profile as ProfiledPlan;
        const operators = operatorsOf(plan);
        reports[question.name]!.push({
          statement: firstLine(query),
          operators: [...new Set(operators)],
          scans: operators.filter((op) => FULL_SCANS.includes(op)),
          dbHits: totalDbHits(plan),
        });
      }
    }
  } finally {
    await server.stop();
  }
  return reports;
}

/** EXPLAINs every read statement the API can run, whether the suite uses it or not. */
export async function explainCatalog(driver: Driver): Promise<PlanReport[]> {
  const params = {
    ids: ['x'],
    id: 'x',
    key: 'x',
    label: 'Person',
    work: null,
    kind: null,
    lucene: 'x',
    labels: SEARCHABLE,
    first: 10,
    offset: 0,
    from: 'a',
    to: 'b',
    parts: Object.fromEntries(Object.values(BUNDLES).flatMap((bundle) => bundle.parts.map((part) => [part, true]))),
    ...projectionParams({
      properties: { Person: ['name'], Work: ['title'] },
      revision: true,
      sources: true,
      provenance: true,
      searchTotal: true,
    }),
  };
  const reports: PlanReport[] = [];
  for (const { name, text } of allReadStatements()) {
    const result = await driver.executeQuery(`EXPLAIN ${text}`, params, { database: 'neo4j', routing: 'READ' });
    const operators = operatorsOf(result.summary.plan as ProfiledPlan);
    reports.push({
      statement: name,
      operators: [...new Set(operators)],
      scans: operators.filter((op) => FULL_SCANS.includes(op)),
    });
  }
  return reports;
}

function operatorsOf(plan: { operatorType: string; children: unknown[] }): string[] {
  const own = plan.operatorType.replace(/@.*$/, '');
  return [own, ...(plan.children as Array<typeof plan>).flatMap(operatorsOf)];
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

const firstLine = (query: string): string =>
  query
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .slice(0, 90);
