export { renderReport, type RenderOptions, type ReportData } from './render.js';
export { report, type ReportOptions } from './report.js';
