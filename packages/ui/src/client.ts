export { ActionButton, type ActionButtonProps } from "./action-button";
export { ownerRequest } from "./owner-request";
