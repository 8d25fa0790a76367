import "server-only";

export { createAggregationRoutes, type AggregationLoaders, type AggregationRoutes } from "./create-aggregation-routes";
export { answerWithinContract, type ContractCachePolicy } from "./answer-within-contract";
