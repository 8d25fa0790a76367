import { createRootLayout, fleetMetadata } from "@stepperslife/ui";
import "./events.css";
import { addressing } from "@/env";
import { auth } from "@/server/auth";
import { service } from "../../app.config";

export const metadata = fleetMetadata(service);

export default createRootLayout({ app: service, addressing, getSession: () => auth.getSession() });
