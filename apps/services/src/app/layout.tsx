import { createRootLayout, fleetMetadata } from "@stepperslife/ui";
import "@stepperslife/ui/page.css";
import { addressing, auth, service } from "@/vertical";

export const metadata = fleetMetadata(service);

export default createRootLayout({ app: service, addressing, getSession: () => auth.getSession() });
