import wire from '../../../../static/data/stances.json' with { type: 'json' };
import { previewYears } from '$lib/model/preview';

/** One prerendered page per year with a preview image, so a shared link previews its year. */
export const entries = () => previewYears(wire.updated).map((year) => ({ year: String(year) }));
