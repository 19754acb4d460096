// Public API of the analyse step: the sentences and anchors of every version, read once.
export { analyse, type AnalyseOptions, type Analysis } from './analyse.js';
