import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing } from "@/env";
import { service } from "../../app.config";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Your next set starts here"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          Every social, workshop and weekend festival in one calendar. Buy your ticket in a couple of taps and show the code at the door; organizers check you in from their own phone.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "The whole calendar", text: "Weekly socials, anniversary parties and out-of-town festivals, searchable by city and date." },
          { title: "Tickets on your phone", text: "Pay once and carry a code that the door scans in a second, even with a weak signal." },
          { title: "Tools for organizers", text: "Set ticket tiers, watch sales as they happen and get paid straight into your own account." },
        ]}
      />
    </>
  );
}
