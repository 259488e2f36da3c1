import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	// __SITE_URL__ and __CORRECTIONS_URL__ are defined at build time by vite.config.ts.
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__SITE_URL__: 'readonly',
				__CORRECTIONS_URL__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Links here go to outside sources, and replaceState only rewrites the query string:
			// neither is a route that resolve() could map.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true }
			],
			// Maps and sets here are built once inside a derivation and never mutated afterwards;
			// reactive versions would only add tracking cost.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.tmp-build-subfolder/',
			'static/data/',
			'node_modules/',
			'test-results/',
			'bench-results/',
			'src/lib/paraglide/'
		]
	}
);
