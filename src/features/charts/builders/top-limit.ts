/** How many bars a ranking shows; the units line says how many there were in all. */
export const TOP_LIMIT = 10;
