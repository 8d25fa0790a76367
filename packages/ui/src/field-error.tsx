import type { FieldErrors } from "./request-error";

export interface FieldErrorProps {
  errors: FieldErrors;
  /** The field's name in the API (`priceCents`); nothing renders while it has no error. */
  name: string;
  /** Set it as the input's aria-describedby, so a screen reader says the error with the field. */
  id?: string;
}

/** What is wrong with one field, shown next to it (announced: it appears when a submit was refused). */
export function FieldError({ errors, name, id }: FieldErrorProps) {
  const message = errors[name];
  if (!message) return null;
  return (
    <span id={id} role="alert" className="sl-field-error">
      {message}
    </span>
  );
}
