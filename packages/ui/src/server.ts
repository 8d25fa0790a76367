import "server-only";

// The page kit: what a vertical's server pages do the same way (params, filters, not-found, owner reads).
export { isNotFound, orNotFound } from "./or-not-found";
export { parseRouteParams, parseSearchParams, type PageParams, type ParsedSearchParams } from "./parse-page-input";
export { loadOwnedOr404, type LoadOwnedOptions } from "./load-owned-or-404";
