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
