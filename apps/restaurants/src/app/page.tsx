import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing } from "@/env";
import { service } from "../../app.config";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Eat before the set"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          We are bringing the kitchens steppers already love online: browse the menu, pay ahead and pick your order up on the way to the party, with no line and no cold food.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "Menus that stay current", text: "Each restaurant keeps its own menu, prices and opening hours, so what you see is what they are cooking tonight." },
          { title: "Order ahead, pick up hot", text: "Pay on your phone, get a pickup time and a message the moment your order is ready." },
          { title: "Community kitchens", text: "Caterers and pop-ups from the scene sit right beside the neighborhood spots." },
        ]}
      />
    </>
  );
}
