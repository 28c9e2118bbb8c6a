// The trend chart's size and margins, in its viewBox units.
export const WIDTH = 640;
export const HEIGHT = 212;
export const LEFT = 36;
export const RIGHT = 36;
export const TOP = 12;
export const BOTTOM = 40;
// Room between the plot and the first / last point, so that edge points and
// their day brackets stay clear of the axis labels.
export const INSET = 12;
export const AXIS_Y = HEIGHT - BOTTOM + 10;

/** The height of a score on the 0-4 scale. */
export const y = (score: number) =>
  TOP + (1 - score / 4) * (HEIGHT - TOP - BOTTOM);
