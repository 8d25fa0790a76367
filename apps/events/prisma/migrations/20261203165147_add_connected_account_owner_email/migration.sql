-- AlterTable
ALTER TABLE "connected_accounts" ADD COLUMN     "owner_email" TEXT;
