import { releases } from '$lib/server/releases';

/** Every release and its changes, read at build time: the page is static. */
export const load = () => ({ releases: releases() });
