import { AppLink, Hero, Highlights } from "@stepperslife/ui";
import { addressing, service } from "@/vertical";

export default function HomePage() {
  return (
    <>
      <Hero
        eyebrow="Dress the part"
        title={service.title}
        lead={service.description}
        actions={<AppLink to="main" addressing={addressing}>Back to SteppersLife</AppLink>}
      >
        <p>
          Smooth-soled shoes, sharp apparel and the music that fills the floor, sold by the shops and artists of the steppers scene and shipped to your door.
        </p>
      </Hero>

      <Highlights
        title={`What's coming to ${service.title}`}
        items={[
          { title: "Shops from the scene", text: "Every storefront belongs to a stepper-owned business, from shoemakers to DJs pressing mixes." },
          { title: "Shoes that glide", text: "Find the right sole and fit for the floor, with sizes and return terms spelled out up front." },
          { title: "Checkout you can trust", text: "Pay securely once and track each shop's shipment to your door." },
        ]}
      />
    </>
  );
}
