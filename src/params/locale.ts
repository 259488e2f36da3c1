import type { ParamMatcher } from '@sveltejs/kit';
import { PREFIXED_LOCALES } from '$lib/site/pages';

/** A language with its own path prefix (`de/country/DEU/`); English has none. */
export const match: ParamMatcher = (param) => (PREFIXED_LOCALES as string[]).includes(param);
