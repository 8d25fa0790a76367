#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded in this environment.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here only for generate/validate/format,
// which never start the engine; anything that does start it gets this explanation.
process.stderr.write("This project applies migrations with its db:* scripts (db-migrate); see README.\n");
process.exit(1);
