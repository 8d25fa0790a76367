/** Every dish photo, one per demo menu item, named `dish-<item slug>.jpg`. */
import { islandDishes, bayouDishes, greenGrooveDishes } from "./dishes-island-bayou-green.mjs";
import { smokehouseDishes, soulKitchenDishes } from "./dishes-soul-smoke.mjs";

export const dishScenes = [...soulKitchenDishes, ...smokehouseDishes, ...islandDishes, ...bayouDishes, ...greenGrooveDishes];
