/**
 * What a card shows where a business has not uploaded a cover yet: its initial on the fleet's warm tint, the same
 * size as a photo would be, so a grid of cards keeps its rhythm and an empty box never reads as a broken image.
 */
export function CoverPlaceholder({ name, className = "sl-cover" }: { name: string; className?: string }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? "";
  return (
    // Centred inline: the class it is given (a card's image box) may set its own display.
    <div className={`${className} sl-cover--empty`} style={{ display: "grid", placeItems: "center" }} aria-hidden="true">
      <span>{initial}</span>
    </div>
  );
}
