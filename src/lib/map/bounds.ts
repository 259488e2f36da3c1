/**
 * The world as the map frames it at load: [west, south, east, north]. South stops above
 * Antarctica (which is not drawn) and north below the Arctic, where Mercator balloons.
 */
export const WORLD_BOUNDS = [-170, -56, 190, 78] as const;
