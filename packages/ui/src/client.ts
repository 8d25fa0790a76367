export { ActionButton, type ActionButtonProps } from "./action-button";
export { ownerRequest } from "./owner-request";
export { useOwnerChanges, type ChangesOrError } from "./use-owner-changes";
