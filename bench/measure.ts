/** Small timing helpers for the benchmarks: wall-clock samples and their percentiles. */

export function time<T>(work: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function fmt(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** One line per measured target: the figure, its target, and the ratio to the run's baseline. */
export function report(name: string, figure: string, target: string, ratio?: string): void {
  const parts = [`${name}: ${figure}`, `target ${target}`];
  if (ratio) parts.push(ratio);
  console.log(parts.join(" | "));
}
