/** Orders candidate names by how close they are to what the guide says, closest first. */
export function nearest(expected: string, candidates: readonly string[], limit = 5): string[] {
  return [...candidates]
    .map((name) => ({ name, distance: 1 - similarity(expected, name) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ name }) => name);
}

/** A candidate for a missing element, with how it stands to the element the guide expects. */
export interface Candidate {
  name: string;
  /** 0 when it has the role the guide expects, 1 otherwise. */
  role: number;
  /** 0 where the missing element would stand, higher the farther away. */
  place: number;
}

/**
 * Orders candidates as a reader looks for a renamed element: the same kind of element first, then
 * the one standing where the missing one stood, and only then the closest spelling.
 */
export function ranked(expected: string, candidates: readonly Candidate[], limit = 5): Candidate[] {
  return [...candidates]
    .map((candidate) => ({ candidate, distance: 1 - similarity(expected, candidate.name) }))
    .sort((a, b) => a.candidate.role - b.candidate.role || a.candidate.place - b.candidate.place || a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
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
