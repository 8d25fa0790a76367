"use client";

import { createElement, useId, useState, type ReactNode } from "react";
import { FieldError } from "./field-error";
import { failureMessage, fieldErrorsOf, formLevelMessage, type FieldErrors } from "./request-error";

interface Failure {
  message: string;
  fields: FieldErrors;
}

/**
 * A form's refused submit, said where it belongs: each refused field's words next to that input (linked for screen
 * readers), and the form-wide message only for what no field of the form shows.
 */
export function useFormFailure() {
  const prefix = useId();
  const [failure, setFailure] = useState<Failure | null>(null);
  const fields = failure?.fields ?? {};
  const errorId = (name: string) => `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}-error`;

  return {
    fields,
    /** After a failed request: its words, or `fallback` when it was not a refusal written for people. */
    fail(error: unknown, fallback: string) {
      setFailure({ message: failureMessage(error, fallback), fields: fieldErrorsOf(error) });
    },
    /** A check of the form's own, before sending. */
    say(message: string) {
      setFailure({ message, fields: {} });
    },
    clear() {
      setFailure(null);
    },
    /** Spread on the input of field `name` (its API name): marks it invalid and points at its message. */
    inputProps(name: string): { "aria-invalid"?: true; "aria-describedby"?: string } {
      return fields[name] ? { "aria-invalid": true, "aria-describedby": errorId(name) } : {};
    },
    /** The message next to field `name`, or nothing. */
    errorFor(name: string): ReactNode {
      return createElement(FieldError, { errors: fields, name, id: errorId(name) });
    },
    /** The form-wide message, given the fields this form shows beside their inputs. */
    message(shown: readonly string[]): string | null {
      return formLevelMessage(failure?.message ?? null, fields, shown);
    },
  };
}

export type FormFailure = ReturnType<typeof useFormFailure>;
