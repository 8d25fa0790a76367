import { imagePath } from "../images/image-path";

export interface MenuItemView {
  id: string;
  categoryId: string;
  name: string;
  description: string;
  priceCents: number;
  imageUrl: string | null;
  imageKey: string | null;
  dietaryTags: string[];
  soldOut: boolean;
  position: number;
}

type MenuItemRow = Omit<MenuItemView, "imageUrl">;

export function toMenuItemView(item: MenuItemRow): MenuItemView {
  const { id, categoryId, name, description, priceCents, imageKey, dietaryTags, soldOut, position } = item;
  return { id, categoryId, name, description, priceCents, imageKey, imageUrl: imagePath(imageKey, 320), dietaryTags, soldOut, position };
}
