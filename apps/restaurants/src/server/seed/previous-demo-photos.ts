/**
 * Dish photos shipped under other names before every dish had its own (`dish-<dish>.jpg`), so a record seeded then
 * still finds the file that replaced its picture. Covers kept their names.
 */
export const previousDemoPhotos: Readonly<Record<string, string>> = {
  "dish-fried.jpg": "dish-fried-catfish-plate.jpg",
  "dish-dessert.jpg": "dish-peach-cobbler.jpg",
  "dish-ribs.jpg": "dish-rib-tips-and-links.jpg",
  "dish-jerk.jpg": "dish-jerk-chicken.jpg",
  "dish-gumbo.jpg": "dish-seafood-gumbo.jpg",
  "dish-salad.jpg": "dish-groove-salad.jpg",
};
