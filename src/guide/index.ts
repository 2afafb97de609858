export { loadGuide, parseGuide } from './load.js';
export { findGuides } from './find.js';
export * from './types.js';
