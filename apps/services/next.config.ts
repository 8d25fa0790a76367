import { createNextConfig } from "@stepperslife/next-config";

export default createNextConfig();
