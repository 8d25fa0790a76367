import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing, service } from "@/vertical";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Book the pros"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          Planning a set, an anniversary party or a wedding with a stepping first dance? Find the DJs, photographers, venues and instructors who know the culture, and book them in one place.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "Pros who know the music", text: "DJs, photographers and videographers who have worked the steppers floor before." },
          { title: "Venues with room to move", text: "Halls and ballrooms listed with their floor, capacity and what they include." },
          { title: "Book and pay in one place", text: "Send a request, agree on the details and pay the deposit without chasing anyone." },
        ]}
      />
    </>
  );
}
