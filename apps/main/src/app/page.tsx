import { Hero, Highlights } from "@stepperslife/ui";
import { FeedSection } from "../components/feed-section";
import { SearchForm } from "../components/search-form";
import { StatusStrip } from "../components/status-strip";
import { loadHomeFeed } from "../server/aggregation/load-home-feed";
import { service } from "../../app.config";

// Read live from the six apps on every request: prerendering at build time would bake in whatever answered then.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const sections = await loadHomeFeed();
  return (
    <>
      <Hero
        eyebrow="For steppers, by steppers"
        title="Step out. Step in. Step up."
        lead={service.description}
        actions={
          <a className="sl-button sl-button--secondary" href="/activity">
            My activity
          </a>
        }
      >
        <SearchForm />
        <StatusStrip sections={sections} />
      </Hero>

      {sections.map((section) => (
        <FeedSection
          key={section.upstream.app}
          section={section}
          heading={section.upstream.section.title}
          emptyText={section.upstream.section.emptyText}
        />
      ))}

      <Highlights
        title="Made for how we step"
        items={[
          {
            title: "One account for all of it",
            text: "Tickets, classes, pickup orders and bookings all hang off the same SteppersLife sign-in.",
          },
          {
            title: "Local first",
            text: "Socials, instructors, kitchens and shops from your own city, and the weekend festivals when you travel.",
          },
          {
            title: "Money stays in the community",
            text: "Organizers, instructors, restaurants and vendors are paid directly, into their own accounts.",
          },
        ]}
      />
    </>
  );
}
