export type { AddressingSource } from "./addressing-source";
export { AppLink, type AppLinkProps } from "./app-link";
export { createRootLayout, type RootLayoutOptions } from "./create-root-layout";
export { fleetMetadata } from "./fleet-metadata";
export { FleetShell, type FleetShellProps } from "./fleet-shell";
export { createForbiddenPage, ForbiddenPage, type ForbiddenPageProps } from "./forbidden-page";
export { Hero, type HeroProps } from "./hero";
export { Highlights, type Highlight } from "./highlights";
export { NotFound } from "./not-found";
export { OwnerDashboard, type OwnerDashboardProps } from "./owner-dashboard";
export { UserMenu, type UserMenuProps } from "./user-menu";
export { VerticalCards } from "./vertical-cards";
export { ImageUploadField, type ImageUploadFieldProps, type ImageUploadResult } from "./image-upload-field";
export { checkImageFile, UPLOAD_IMAGE_TYPES, UPLOAD_MAX_BYTES } from "./image-upload-checks";
export { RevenueChart, type RevenueChartProps, type RevenueDay } from "./revenue-chart";
export { describeDeliveries } from "./describe-deliveries";
export { WebhookEventLog, type WebhookEventLogProps, type WebhookEventLogRow } from "./webhook-event-log";
export {
  BackLink,
  DemoTakeover,
  OwnerPage,
  OwnerTabs,
  type BackLinkProps,
  type DemoTakeoverProps,
  type OwnerPageProps,
  type OwnerTabsProps,
} from "./owner-page";
export { SalesPage, WebhookLogPage, type SalesPageProps, type WebhookLogPageProps } from "./owner-pages";
export { FieldError, type FieldErrorProps } from "./field-error";
export { CoverPlaceholder } from "./cover-placeholder";
export { FormAlert, type FormAlertProps } from "./form-alert";
export { PayoutsPanel, type PayoutDayView, type PayoutPaymentView, type PayoutsPanelProps } from "./payouts-panel";
export { countWords } from "./count-words";
export { FilterSelect, ListingFilters, ListingResults, type FilterSelectProps, type ListingFiltersProps, type ListingResultsProps } from "./listing-search";
export { TableScroll, type TableScrollProps } from "./table-scroll";
export { HOME_TIME_ZONE } from "./owner-time-zone";
export { GetPaidPanel, type GetPaidPanelProps, type GetPaidView } from "./get-paid-panel";
