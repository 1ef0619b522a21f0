/**
 * A Cypher statement with a name that says where it comes from ("Work.credits", "search"),
 * carried to the executor so logs, metrics and Neo4j's own transaction metadata can name it.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export function statement(name: string, text: string): Statement {
  return { name, text };
}

/**
 * A statement's two texts: `full` returns each relationship's provenance (confidence, note,
 * sources, stamps), `lean` leaves it out. A parameter cannot do this: Neo4j's planner reads every
 * property a statement names before it evaluates a CASE around it, so provenance nobody asked for
 * would still be read and sent.
 */
export type StatementForm = 'full' | 'lean';
export type StatementForms = Readonly<Record<StatementForm, Statement>>;

export function bothForms(name: string, build: (form: StatementForm) => string): StatementForms {
  return { full: statement(name, build('full')), lean: statement(`${name}:lean`, build('lean')) };
}
