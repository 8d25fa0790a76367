import { AppLink, Hero, Highlights, VerticalCards } from "@stepperslife/ui";
import { addressing } from "@/env";
import { service } from "../../app.config";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="For steppers, by steppers"
        title="Step out. Step in. Step up."
        lead={service.description}
        actions={
          <>
            <AppLink to="events" addressing={addressing}>
              Find a set this weekend
            </AppLink>
            <AppLink to="classes" addressing={addressing} secondary>
              Learn to step
            </AppLink>
          </>
        }
      >
        <p>
          Find a set this weekend, learn a new pattern from an instructor near you, grab a plate before the party and
          read the stories of the people who built the scene.
        </p>
      </Hero>

      <section className="sl-section" aria-labelledby="explore">
        <h2 id="explore" className="sl-section__title">
          Explore SteppersLife
        </h2>
        <p className="sl-section__intro">Six places, one community, each run for the people who dance.</p>
        <VerticalCards addressing={addressing} />
      </section>

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
