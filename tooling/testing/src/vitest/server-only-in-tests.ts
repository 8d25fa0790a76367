// What `import "server-only"` resolves to under vitest (see vitest.config.ts). The real package throws outside
// Next's server build; tests are that server's code run directly, so the guard has nothing to guard here.
export {};
