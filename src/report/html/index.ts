export { renderReport, type RenderOptions, type ReportData } from './render.js';
