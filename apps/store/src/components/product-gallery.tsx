"use client";

import { CoverPlaceholder } from "@stepperslife/ui/client";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";

/** Sent by the product's purchase box when a colour is chosen, so the gallery can show a photo of that colour. */
export const COLOUR_CHOSEN_EVENT = "st-colour-chosen";

export interface GalleryImage {
  id: string;
  url: string;
  thumbUrl: string;
  alt: string;
}

/**
 * A product's photos: the one shown large, and a row of thumbnails to pick another (buttons, so Tab reaches them;
 * the arrow keys, Home and End move along the row as in a toolbar). One gallery per page: it follows the colour chosen.
 */
export function ProductGallery({ images, name }: { images: GalleryImage[]; name: string }) {
  const [shown, setShown] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);

  // Choosing "Cognac" shows the photo whose description names it, when there is one (the demo's are described so).
  useEffect(() => {
    const onColour = (event: Event) => {
      const colour = (event as CustomEvent<string>).detail.toLocaleLowerCase("en-US");
      const index = images.findIndex((image) => colour !== "" && image.alt.toLocaleLowerCase("en-US").includes(colour));
      if (index >= 0) setShown(index);
    };
    window.addEventListener(COLOUR_CHOSEN_EVENT, onColour);
    return () => window.removeEventListener(COLOUR_CHOSEN_EVENT, onColour);
  }, [images]);

  const current = images[shown] ?? images[0];
  if (!current) return <CoverPlaceholder name={name} className="sl-cover st-gallery__main" />;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = images.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = next < 0 ? last : next > last ? 0 : next;
    setShown(wrapped);
    thumbs.current[wrapped]?.focus();
  }

  return (
    <div className="st-gallery">
      <img className="st-gallery__main" src={current.url} alt={current.alt} width={640} height={640} />
      {images.length > 1 ? (
        <div className="st-gallery__thumbs" role="toolbar" aria-label={`Photos of ${name}`}>
          {images.map((image, index) => (
            <button
              key={image.id}
              ref={(button) => {
                thumbs.current[index] = button;
              }}
              type="button"
              className="st-gallery__thumb"
              aria-pressed={index === shown}
              aria-label={`Photo ${index + 1} of ${images.length}: ${image.alt}`}
              tabIndex={index === shown ? 0 : -1}
              onClick={() => setShown(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <img src={image.thumbUrl} alt="" width={160} height={160} />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
