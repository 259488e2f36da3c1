import { countryPageEntries } from '$lib/server/countryPages';

/**
 * One page per country with something on record, in each language, built at deploy time. They
 * are documents: readable, printable and citable with JavaScript off, so they ship no script
 * (and, with no server load here, no data file beside them).
 */
export const csr = false;

export const entries = countryPageEntries;
