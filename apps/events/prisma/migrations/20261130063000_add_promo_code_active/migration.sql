-- AlterTable
ALTER TABLE "promo_codes" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;
