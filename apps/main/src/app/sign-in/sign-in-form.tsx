"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { z } from "zod/mini";
import styles from "../account.module.css";
import { signInErrorMessage, type SignInErrorMessage } from "./sign-in-error-message";

const emailAddress = z.email();

export interface SignInFormProps {
  /** Where to go once signed in (already checked against the fleet's origins). */
  callbackUrl: string;
  /** Identity providers the portal is configured for; no button for the others. */
  providers: { google: boolean; github: boolean };
  /** From `?error=` (e.g. an expired link): shown until the next attempt. */
  initialError: SignInErrorMessage | null;
}

/** The email form (a magic link) and the "Continue with …" buttons. */
export function SignInForm({ callbackUrl, providers, initialError }: SignInFormProps) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldErrorId = useId();
  const [email, setEmail] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<SignInErrorMessage | null>(initialError);
  const [pending, setPending] = useState(false);

  async function sendLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!emailAddress.safeParse(address.toLowerCase()).success) {
      setFieldError(address ? "Enter an email address like name@example.com." : "Enter your email address.");
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    setFailure(null);
    setPending(true);
    try {
      const result = await signIn("email", { email: address, callbackUrl, redirect: false });
      if (!result || result.error) {
        setFailure(signInErrorMessage(result?.error ?? "EmailSignin"));
        setPending(false);
        return;
      }
      router.push(`/sign-in/check-email?${new URLSearchParams({ callbackUrl })}`);
    } catch {
      setFailure(signInErrorMessage("EmailSignin"));
      setPending(false);
    }
  }

  const anyProvider = providers.google || providers.github;

  return (
    <div className={styles.panel}>
      {failure ? (
        <div className={styles.alert} role="alert">
          <strong className={styles.alertTitle}>{failure.title}</strong>
          <p>{failure.text}</p>
        </div>
      ) : null}

      <form className={styles.form} onSubmit={sendLink} noValidate>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="sign-in-email">
            Email address
          </label>
          <input
            ref={inputRef}
            id="sign-in-email"
            className={styles.input}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? fieldErrorId : undefined}
          />
          {fieldError ? (
            <p id={fieldErrorId} className={styles.fieldError}>
              {fieldError}
            </p>
          ) : (
            <p className={styles.hint}>We&apos;ll email you a link that signs you in. No password needed.</p>
          )}
        </div>
        <button className={`sl-button ${styles.button}`} type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Sending your link…" : "Email me a sign-in link"}
        </button>
      </form>

      {anyProvider ? (
        <>
          <p className={styles.divider}>or</p>
          <div className={styles.providers}>
            {providers.google ? (
              <button
                className={`sl-button sl-button--secondary ${styles.button}`}
                type="button"
                onClick={() => void signIn("google", { callbackUrl })}
              >
                Continue with Google
              </button>
            ) : null}
            {providers.github ? (
              <button
                className={`sl-button sl-button--secondary ${styles.button}`}
                type="button"
                onClick={() => void signIn("github", { callbackUrl })}
              >
                Continue with GitHub
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
