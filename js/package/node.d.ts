export * from './pagenorm.js';
export { default } from './pagenorm.js';
