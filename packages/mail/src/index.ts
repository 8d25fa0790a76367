export { createMailer, type MailConfig, type Mailer, type MailMessage, type SendResult } from "./create-mailer";
export { mailMessageSchema } from "./mail-message-schema";
export { renderEmail, type EmailContent, type RenderedEmail } from "./render-email";
