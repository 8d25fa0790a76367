export { createMailer, type MailConfig, type Mailer, type MailMessage, type SendResult } from "./create-mailer";
export { renderEmail, type EmailContent, type RenderedEmail } from "./render-email";
