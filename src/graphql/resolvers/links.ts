import type {
  AdaptationResolvers,
  CastingResolvers,
  CounterpartLinkResolvers,
  CreditResolvers,
  OrganizationCreditResolvers,
  PortrayalResolvers,
} from '../generated/resolvers-types';

/**
 * The ids of links between entities, derived from what each joins so that they are stable
 * across reloads and tell apart two links of the same kind (a person's two roles on one work).
 */
const linkId = (kind: string, ...parts: Array<string | null | undefined>): string =>
  [kind, ...parts.map((part) => part ?? '')].join(':');

export const Credit: CreditResolvers = {
  id: (c) => linkId('credit', c.person.id, c.work.id, c.role, c.character?.id),
};
export const Portrayal: PortrayalResolvers = {
  id: (p) => linkId('portrayal', p.actor.id, p.character.id),
};
export const Adaptation: AdaptationResolvers = {
  id: (a) => linkId('adaptation', a.work.id, a.of.id),
};
export const CounterpartLink: CounterpartLinkResolvers = {
  id: (l) => linkId('counterpart', l.of.id, l.character.id),
};
export const OrganizationCredit: OrganizationCreditResolvers = {
  id: (o) => linkId('organization-credit', o.organization.id, o.work.id, o.role, o.region),
};
export const Casting: CastingResolvers = {
  id: (c) => linkId('casting', c.castBy.id, c.actor.id, c.work.id, c.character?.id),
};
