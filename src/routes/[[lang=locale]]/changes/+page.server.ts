import { releases } from '$lib/server/releases';
import { PREFIXED_LOCALES } from '$lib/site/pages';

/**
 * Every release and its changes, read at build time, in each language's edition (English at
 * changes/, de/changes/…). A document like the country pages: it ships no script, so its
 * releases are not also serialised into the page for hydration (half of its bytes).
 */
export const csr = false;

export const entries = () => [{ lang: undefined }, ...PREFIXED_LOCALES.map((lang) => ({ lang }))];

export const load = () => ({ releases: releases() });
