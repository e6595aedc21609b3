/** Brand colours of the link cards, taken from the favicon (teal tile, white lines, yellow dot). */
export const brand = {
  teal: '#00758d',
  tealDark: '#06323c',
  tealDeep: '#031c22',
  yellow: '#ffcc4d',
  white: '#ffffff',
  mist: '#cfe7ec',
} as const;

/** Open Graph's recommended card size; the tests read it back from the PNG header. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
