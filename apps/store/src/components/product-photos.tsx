"use client";

import { FormAlert, ImageUploadField, ownerRequest, useFormFailure } from "@stepperslife/ui/client";
import { useRouter } from "next/navigation";

export interface ProductPhoto {
  id: string;
  alt: string;
  thumbnailUrl: string;
}

export interface ProductPhotosProps {
  productId: string;
  productName: string;
  photos: readonly ProductPhoto[];
  upload: { presignUrl: string; confirmUrl: string };
  max: number;
}

/** A product's photos as thumbnails, the first the cover: add one (with progress), move one along, delete one. */
export function ProductPhotos({ productId, productName, photos, upload, max }: ProductPhotosProps) {
  const router = useRouter();
  const failure = useFormFailure();
  const run = async (action: () => Promise<unknown>) => {
    failure.clear();
    try {
      await action();
      router.refresh();
    } catch (error) {
      failure.fail(error, "That did not work. Please try again.");
    }
  };
  const move = (index: number, delta: -1 | 1) => {
    const ids = photos.map((photo) => photo.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + delta, 0, moved!);
    void run(() => ownerRequest(`/api/owner/products/${productId}/images`, "PUT", { imageIds: ids }));
  };

  return (
    <section className="sl-stack" aria-label="Photos">
      <h2 className="sl-box__title">Photos</h2>
      {photos.length === 0 ? <p className="sl-muted">No photos yet: a product needs at least one to be published.</p> : null}
      <ol className="st-photos">
        {photos.map((photo, index) => (
          <li key={photo.id} className="st-photos__item">
            <img className="st-photos__thumb" src={photo.thumbnailUrl} alt={photo.alt || productName} />
            <span className="sl-muted">{index === 0 ? "Cover" : `Photo ${index + 1}`}</span>
            <span className="sl-actions-row">
              <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move photo ${index + 1} earlier`} disabled={index === 0} onClick={() => move(index, -1)}>
                ←
              </button>
              <button className="sl-btn sl-btn--ghost sl-btn--small sl-btn--icon" type="button" aria-label={`Move photo ${index + 1} later`} disabled={index === photos.length - 1} onClick={() => move(index, 1)}>
                →
              </button>
              <button
                className="sl-btn sl-btn--danger sl-btn--small"
                type="button"
                aria-label={`Delete photo ${index + 1}`}
                onClick={() => window.confirm("Delete this photo?") && void run(() => ownerRequest(`/api/owner/products/${productId}/images/${photo.id}`, "DELETE"))}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ol>
      <FormAlert message={failure.message([])} />
      {photos.length < max ? (
        // Keyed by the count, so after each upload the field starts empty for the next photo.
        <ImageUploadField key={photos.length} label="Add a photo" name="photoKey" {...upload} onUploaded={() => router.refresh()} />
      ) : (
        <p className="sl-muted">{max} photos is the most a product can have; delete one to add another.</p>
      )}
    </section>
  );
}
