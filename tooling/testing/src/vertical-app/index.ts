export { createCallRoute, type CallOptions } from "./call-route";
export { discoverRoutes, routePathOf, type RouteModule, type Routes } from "./discover-routes";
export { failCommitsWhere } from "./fail-commits-where";
export { readEmailJobs, type EmailJob } from "./read-email-jobs";
export { setTestAppEnv } from "./set-test-app-env";
export { startVerticalTestApp, type VerticalTestApp, type VerticalTestAppOptions, type VerticalTestDatabase } from "./start-vertical-test-app";
export { paidCheckoutSessionEvent, shuffle, signedWebhookRequest, type PaidCheckoutSession } from "./webhook-deliveries";
