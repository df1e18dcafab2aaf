import alpine from '../../data/alpine.json';
import type { TimelineDataset } from './types.js';

/**
 * The bundled default dataset: the history of Alpine, from the press release of 28 January 2022
 * (French, with English and German translations). `<alpine-timeline>` shows it when it is given
 * no other data. `test/data/alpine-dataset.test.ts` proves it is valid.
 */
export const alpineDataset = alpine as unknown as TimelineDataset;
