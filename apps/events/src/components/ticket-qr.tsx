import { renderQrSvg } from "@/server/tickets/render-qr-svg";

/** One ticket as the door sees it: QR code (SVG, rendered on the server), the typed-in code, its type and state. */
export async function TicketQr({ ticket }: { ticket: { code: string; type: string; checkedInAt: string | null; voided: boolean } }) {
  const svg = await renderQrSvg(ticket.code);
  return (
    <li className="ev-ticket" aria-label={`Ticket ${ticket.code}`}>
      <div role="img" aria-label={`QR code for ticket ${ticket.code}`} dangerouslySetInnerHTML={{ __html: svg }} />
      <span className="ev-code">{ticket.code}</span>
      <span>{ticket.type}</span>
      {ticket.voided ? <span className="sl-badge sl-badge--off">Void</span> : ticket.checkedInAt ? <span className="sl-badge sl-badge--ok">Checked in</span> : null}
    </li>
  );
}
