export { AppError, errorStatus, type AppErrorOptions, type ErrorCode, type FieldIssue } from "./app-error";
export { createRouteFactory, type Access, type RouteFactory, type RouteFactoryConfig, type RouteInput } from "./create-route-factory";
export { errorResponse } from "./error-response";
export { parseInput, readJsonBody } from "./parse-input";
