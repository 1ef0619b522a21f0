import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badUserInput } from '../../errors';

/** Exactly one way of naming the thing asked for. */
export function requireOneOf(args: Record<string, unknown>, ...names: string[]): void {
  const given = names.filter((name) => args[name] !== null && args[name] !== undefined);
  if (given.length !== 1) {
    throw badUserInput(names[0] ?? 'id', `give exactly one of ${names.map((n) => `"${n}"`).join(' or ')}`);
  }
}

export function trimmed(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badUserInput(argument, 'must not be empty');
  if (text.length > max) throw badUserInput(argument, `must be at most ${max} characters`);
  return text;
}

/** Whether the current field's selection asks for any of these subfields (fragments included). */
export function selects(info: GraphQLResolveInfo, ...fields: string[]): boolean {
  const wanted = new Set(fields);
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return wanted.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return visit(fragment?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}
