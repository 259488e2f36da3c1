import { createHash } from 'node:crypto';

/**
 * A map page's own inline scripts (the head script of $lib/app/askedLayout, the first script of
 * $lib/app/gate) are each allowed by their hash in the page's Content-Security-Policy, next to the
 * hash SvelteKit gives its start script: no 'unsafe-inline'. A prerendered page carries its
 * policy in a <meta>, a page served by `vite dev` in a header: both get the hashes. Server only.
 */
export function withScriptHashes(policy: string, scripts: string[]): string {
	const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
	return policy.replace(/script-src 'self'/, (source) => [source, ...hashes].join(' '));
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The page's HTML with the hashes added to its <meta> policy, if it has one. */
export function allowInlineScripts(html: string, scripts: string[]): string {
	return html.replace(META, (_, open, policy, close) =>
		[open, withScriptHashes(policy, scripts), close].join('')
	);
}
