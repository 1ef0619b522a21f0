/**
 * A small seeded generator (mulberry32): the same seed gives the same graph on every machine,
 * which Math.random() cannot promise.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for one part of the graph, independent of how many numbers other parts drew. */
  static for(seed: number, ...path: number[]): Prng {
    let h = seed >>> 0;
    for (const n of path) h = Math.imul(h ^ (n + 0x9e3779b9), 0x85ebca6b) ^ (h >>> 13);
    return new Prng(h);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
