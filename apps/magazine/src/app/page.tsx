import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing, service } from "@/vertical";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Stories from the floor"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          Interviews with the dancers, DJs and promoters who keep the culture moving, histories of the clubs where it began, and guides for anyone just finding the floor.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "Voices of the scene", text: "Long-form interviews with the people behind the sets, the music and the movement." },
          { title: "Where it came from", text: "The history of stepping, from the Chicago clubs to floors across the country." },
          { title: "Guides for newcomers", text: "What to wear, what to expect and how to ask for a dance at your first social." },
        ]}
      />
    </>
  );
}
