export { default } from "@stepperslife/db-migrate/app-prisma-config";
