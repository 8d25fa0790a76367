import { createForbiddenPage } from "@stepperslife/ui";
import { addressing } from "@/env";
import { auth } from "@/server/auth";

export default createForbiddenPage({ addressing, getSession: () => auth.getSession() });
