/**
 * The zone an owner's area speaks when the page is given none: the scene's home zone (Chicago), the default of every
 * new restaurant and event. Times in it always name it ("CST").
 */
export const HOME_TIME_ZONE = "America/Chicago";
