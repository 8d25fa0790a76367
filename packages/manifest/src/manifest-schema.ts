import { z } from "zod";

const port = z.number().int().min(1024).max(65535);

const storageSchema = z.object({
  bucket: z.string().regex(/^[a-z0-9-]{3,63}$/),
  port,
});

/** A vertical's section on the portal's home page: its heading, and what it says when the vertical has nothing to show. */
const portalSectionSchema = z.object({
  title: z.string().min(1),
  emptyText: z.string().min(1),
});

/**
 * The signed-in person's own page in an app ("My tickets" at /tickets): the account menu of every app links to each
 * one. Optional, so an app without such a page (yet) needs nothing here.
 */
const accountPageSchema = z.object({
  title: z.string().min(1),
  path: z.string().regex(/^\/[a-z0-9/-]*$/, "a path on the app, like /tickets"),
});

const appSchema = z
  .object({
    name: z.string().regex(/^[a-z]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    port,
    subdomain: z.string().regex(/^[a-z]+$/).nullable(),
    database: z.string().regex(/^stepperslife_[a-z]+$/),
    storage: storageSchema.nullable(),
    portal: portalSectionSchema.nullable(),
    accountPage: accountPageSchema.optional(),
  })
  // The portal has none of the three; a vertical has all three. A half-described vertical would be half-wired.
  .refine((app) => [0, 3].includes([app.subdomain, app.storage, app.portal].filter((part) => part !== null).length), {
    error: "a vertical has a subdomain, storage and a portal section; the portal has none of them",
  });

/** Every value that must be unique across the fleet, with the words for the error. */
const uniqueFields: { what: string; values: (apps: z.infer<typeof appSchema>[]) => (string | number)[] }[] = [
  { what: "name", values: (apps) => apps.map((app) => app.name) },
  {
    what: "port (apps and their S3 servers)",
    values: (apps) => apps.flatMap((app) => [app.port, ...(app.storage ? [app.storage.port] : [])]),
  },
  { what: "database", values: (apps) => apps.map((app) => app.database) },
  { what: "subdomain", values: (apps) => apps.flatMap((app) => (app.subdomain ? [app.subdomain] : [])) },
  { what: "bucket", values: (apps) => apps.flatMap((app) => (app.storage ? [app.storage.bucket] : [])) },
];

const manifestSchema = z
  .object({
    rootDomain: z.string().min(1),
    apps: z.array(appSchema).min(1),
  })
  .superRefine((manifest, context) => {
    for (const field of uniqueFields) {
      const values = field.values(manifest.apps);
      const repeated = [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
      if (repeated.length === 0) continue;
      context.addIssue({ code: "custom", path: ["apps"], message: `${field.what} used twice: ${repeated.join(", ")}` });
    }
    const portals = manifest.apps.filter((app) => app.subdomain === null).length;
    if (portals === 1) return;
    context.addIssue({ code: "custom", path: ["apps"], message: `expected exactly one portal (an app without subdomain), got ${portals}` });
  });

export type Manifest = z.infer<typeof manifestSchema>;
export type AppDefinition = z.infer<typeof appSchema>;
export type PortalSection = z.infer<typeof portalSectionSchema>;
export type AccountPage = z.infer<typeof accountPageSchema>;
export type VerticalDefinition = AppDefinition & {
  subdomain: string;
  storage: z.infer<typeof storageSchema>;
  portal: PortalSection;
};

/** Validates a manifest: apps.json at import, or a variant of it in tests (a vertical added, say). */
export function parseManifest(input: unknown): Manifest {
  return manifestSchema.parse(input);
}
