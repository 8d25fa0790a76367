export interface FormAlertProps {
  /** What went wrong, in words for people; nothing renders while there is none. */
  message: string | null | undefined;
}

/** A form's or a board's failure, announced as it appears (role="alert"), in the shared error style. */
export function FormAlert({ message }: FormAlertProps) {
  if (!message) return null;
  return (
    <p role="alert" className="sl-error">
      {message}
    </p>
  );
}
