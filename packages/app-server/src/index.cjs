// @ts-check
// For the fleet (pm2, `npm run dev`) and tests; the apps themselves only read the X-Forwarded-For this server wrote.
module.exports = {
  ...require("./app-server-env.cjs"),
  ...require("./create-app-request-listener.cjs"),
  ...require("./find-malformed-url.cjs"),
  ...require("./on-app-shutdown.cjs"),
  ...require("./parse-trusted-proxies.cjs"),
  ...require("./resolve-client-address.cjs"),
  ...require("./start-app-server.cjs"),
};
