export { ActionButton, type ActionButtonProps } from "./action-button";
export { FieldError, type FieldErrorProps } from "./field-error";
export { ownerRequest } from "./owner-request";
export {
  failureMessage,
  fieldErrorsOf,
  formLevelMessage,
  RequestError,
  toRequestError,
  type ErrorEnvelope,
  type FieldErrors,
} from "./request-error";
export { useFormFailure, type FormFailure } from "./use-form-failure";
export { useOwnerChanges, type ChangesOrError } from "./use-owner-changes";
// Also on ".", for server pages; client components import it from here, so the bundle gets the field alone and
// not the package index (whose manifest and auth modules bring zod, whose eval probe the pages' policy reports).
export { ImageUploadField, type ImageUploadFieldProps, type ImageUploadResult } from "./image-upload-field";
export { FormAlert, type FormAlertProps } from "./form-alert";
export { CoverPlaceholder } from "./cover-placeholder";
