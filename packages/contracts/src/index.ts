export { activityItemSchema, activityResponseSchema, type ActivityItem, type ActivityResponse } from "./activity";
export { aggregationPaths, type AggregationEndpoint } from "./aggregation-paths";
export { feedItemSchema, feedResponseSchema, MAX_ITEMS_PER_ANSWER, type FeedItem, type FeedResponse } from "./feed-item";
export { searchQuerySchema, searchResponseSchema, type SearchQuery, type SearchResponse } from "./search";
export { absoluteUrlSchema, instantSchema, moneySchema, verticalNameSchema } from "./shared-fields";
