// The progress chart's size and margins, in its viewBox units.
export const WIDTH = 640;
export const HEIGHT = 200;
export const LEFT = 36;
export const RIGHT = 16;
export const TOP = 12;
export const BOTTOM = 32;
export const INSET = 8;
// At the chart's 11 px font, a character is about this wide on average.
export const CHAR_WIDTH = 6.5;
export const LABEL_GAP = 12;
