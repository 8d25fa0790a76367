export { AppError, errorStatus, type AppErrorOptions, type ErrorCode, type FieldIssue } from "./app-error";
export { createRouteFactory, type Access, type RouteFactory, type RouteFactoryConfig, type RouteInput } from "./create-route-factory";
export { errorResponse } from "./error-response";
export { clientAddress } from "./client-address";
export { findControlCharacters } from "./find-control-characters";
export { parseInput, readJsonBody } from "./parse-input";
export { fieldLabel } from "./field-label";
export { describeIssue, peopleErrorMap, toSentence } from "./people-messages";
