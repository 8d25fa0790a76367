import { createForbiddenPage } from "@stepperslife/ui";
import { addressing, auth } from "@/vertical";

export default createForbiddenPage({ addressing, getSession: () => auth.getSession() });
