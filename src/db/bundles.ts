import { bundle } from './catalogue';
import { CHARACTER_FIELDS, PERSON_FIELDS } from './catalogue/people-fields';
import { WORK_FIELDS } from './catalogue/work-fields';

/**
 * Whole answers to the headline questions in one round trip each, used when a query asks for the
 * nested fields they cover: a bundle is a root and catalogue fields, each read only when the
 * operation selects it.
 */
const CHARACTER_WITH_PORTRAYALS = {
  work: { field: CHARACTER_FIELDS.work },
  portrayals: { field: CHARACTER_FIELDS.portrayals },
} as const;

/** A work with its credits, and its characters with their portrayals and counterparts (each with its work and portrayals). */
export const WORK_BUNDLE = bundle('Work', {
  credits: { field: WORK_FIELDS.credits },
  characters: {
    field: WORK_FIELDS.characters,
    nested: {
      ...CHARACTER_WITH_PORTRAYALS,
      counterparts: { field: CHARACTER_FIELDS.counterparts, nested: CHARACTER_WITH_PORTRAYALS },
    },
  },
});

/** A person with every credit and every portrayal. */
export const PERSON_BUNDLE = bundle('Person', {
  credits: { field: PERSON_FIELDS.credits },
  portrayals: { field: PERSON_FIELDS.portrayals },
});

export const BUNDLES = { Work: WORK_BUNDLE, Person: PERSON_BUNDLE } as const;
