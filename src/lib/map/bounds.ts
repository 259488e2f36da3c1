/**
 * The world as the map frames it: [west, south, east, north]. The cut runs through the Bering
 * Strait (190° east is -170°), so no country but Russia's far east and Alaska's outer islands
 * meets it; south stops above Antarctica, which is not drawn.
 */
export const WORLD_BOUNDS = [-170, -57, 190, 84] as const;
