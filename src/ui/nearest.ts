/** Orders candidate names by how close they are to what the guide says, closest first. */
export function nearest(expected: string, candidates: readonly string[], limit = 5): string[] {
  return [...candidates]
    .map((name) => ({ name, distance: 1 - similarity(expected, name) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ name }) => name);
}

/** 1 for equal names, 0 for nothing in common (case-insensitive edit distance). */
export function similarity(a: string, b: string): number {
  return 1 - editDistance(a.toLowerCase(), b.toLowerCase()) / Math.max(a.length, b.length, 1);
}

export function quoteList(names: readonly string[]): string {
  return names.length ? names.map((name) => `«${name}»`).join(', ') : 'nothing of that kind';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
