type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** A route file's handlers; a method the file does not export throws when called, naming the route. */
export type RouteModule = Record<(typeof methods)[number], Handler>;

/** Every route of an app by its URL path, e.g. `routes("/api/orders/[id]").GET`; an unknown path throws, naming the known ones. */
export type Routes = (path: string) => RouteModule;

/** `../app/api/orders/[id]/route.ts` → `/api/orders/[id]` (route groups, `(name)`, are not part of the URL). */
export function routePathOf(file: string): string {
  const path = file.replace(/^.*?\/app(?=\/)/, "").replace(/\/route\.tsx?$/, "").replace(/\/\([^/]+\)/g, "");
  return path === "" ? "/" : path;
}

/**
 * The app's route modules, found in its file tree rather than listed by hand: a test file calls this with
 * `import.meta.glob("../app/**\/route.ts")` (Vite resolves the glob where it is written) and gets every route, imported
 * only now, after the test app has set the env. Asking for a path with no route file throws, listing the known ones.
 */
export async function discoverRoutes(modules: Record<string, () => Promise<unknown>>): Promise<Routes> {
  const entries = await Promise.all(
    Object.entries(modules).map(async ([file, load]) => {
      const path = routePathOf(file);
      const module = (await load()) as Partial<RouteModule>;
      const handlers = Object.fromEntries(
        methods.map((method) => [method, module[method] ?? (async () => Promise.reject(new Error(`${path} has no ${method} handler`)))]),
      );
      return [path, handlers as RouteModule] as const;
    }),
  );
  const routes = new Map(entries);
  return (path) => {
    const found = routes.get(path);
    if (!found) throw new Error(`No route file for ${path}; the app has ${[...routes.keys()].sort().join(", ")}`);
    return found;
  };
}
