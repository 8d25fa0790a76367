/** The portal user id that owns the demo events until a real organizer is given them. */
export const DEMO_ORGANIZER_ID = "demo-organizer";
