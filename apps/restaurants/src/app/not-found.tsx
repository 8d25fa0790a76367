export { NotFound as default } from "@stepperslife/ui";
