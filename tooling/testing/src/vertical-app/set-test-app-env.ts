/** For route tests: hands the test app's addresses to env() the way the fleet's env file does for a running app. */
export function setTestAppEnv(values: Record<string, string>): void {
  Object.assign(process.env, values);
}
