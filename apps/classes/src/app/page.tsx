import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing, service } from "@/vertical";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Learn to step"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          From your very first basic to advanced turn patterns, find an instructor near you, reserve your spot in class and keep track of every session you have paid for.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "Classes near you", text: "Beginner, intermediate and advanced sessions by neighborhood, day and instructor." },
          { title: "Book your spot", text: "Reserve and pay ahead, so class starts with dancing instead of a sign-up sheet." },
          { title: "Instructors at their best", text: "Teachers publish their schedules, run their rosters and are paid directly." },
        ]}
      />
    </>
  );
}
