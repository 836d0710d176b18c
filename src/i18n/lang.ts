/** The languages a plan can be written in and krisplan writes in. Imports nothing, so every folder may use it. */
export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];
