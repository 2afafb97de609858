export { loadGuide } from './load.js';
export { parseGuide } from './parse.js';
export { findGuides } from './find.js';
export * from './types.js';
export { resolveImagePath, ImagePathError } from './image-path.js';
export { loadGuides, type GuideFile } from './load-many.js';
