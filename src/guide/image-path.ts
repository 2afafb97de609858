import path from 'node:path';

export type ImagePathProblem = 'outside-root' | 'not-a-file';

/** An image reference that must never become a file path: refused at planning and by the screenshot writer. */
export class ImagePathError extends Error {
  constructor(
    readonly src: string,
    readonly problem: ImagePathProblem,
    readonly detail: string,
  ) {
    super(`${src}: ${detail}`);
    this.name = 'ImagePathError';
  }
}

/**
 * The file an image reference names, kept inside the docs root. `/images/x.png` is under `root`;
 * a relative `x.png` is under `fromDir` (the guide's folder). Percent-escapes are decoded when
 * they are valid (`%20` → space) and kept literally when not (`100%.png`), as a web server would
 * find the file. Throws ImagePathError for a URL, a path with a NUL byte, or one that leaves the root.
 */
export function resolveImagePath(root: string, src: string, fromDir: string = root): string {
  const clean = src.split(/[?#]/)[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) {
    throw new ImagePathError(src, 'not-a-file', 'is a URL, not an image of the docs; screenshots are only written to the docs’ own images');
  }
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
  }
  if (decoded.includes('\0')) throw new ImagePathError(src, 'not-a-file', 'contains a NUL byte');
  const base = path.resolve(root);
  const file = decoded.startsWith('/') ? path.join(base, decoded) : path.resolve(fromDir, decoded);
  const inside = path.relative(base, file);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    throw new ImagePathError(src, 'outside-root', `resolves to ${file}, outside the docs root ${base}; an image must live under the docs root`);
  }
  return file;
}
