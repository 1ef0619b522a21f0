import { ALL_FIELDS, loaderStatement } from '../../src/db/catalogue';
import { formFor, type Projection } from '../../src/db/projection';

/** A statement's lean form leaves out provenance, and a read uses it unless the operation selects provenance. */
const none: Projection = { properties: {}, revision: false, sources: false, provenance: false, searchTotal: false };

test('a projection without provenance, stamps or relationship sources reads the lean form', () => {
  expect(formFor(none)).toBe('lean');
  expect(formFor({ ...none, provenance: true })).toBe('full');
  expect(formFor({ ...none, sources: true })).toBe('full');
  expect(formFor({ ...none, revision: true })).toBe('full');
  expect(formFor({ ...none, searchTotal: true })).toBe('lean');
});

test.each(ALL_FIELDS.map((field) => [field.name, field] as const))(
  '%s: the lean form is the full form without provenance',
  (_, field) => {
    const { full, lean } = loaderStatement(field);
    expect(lean.name).toBe(`${full.name}:lean`);
    const hasProvenance = field.kind === 'items' && field.provenance !== undefined;
    expect(lean.text.includes('confidence:')).toBe(false);
    expect(full.text.includes('confidence:')).toBe(hasProvenance);
    expect(lean.text === full.text).toBe(!hasProvenance);
  },
);
