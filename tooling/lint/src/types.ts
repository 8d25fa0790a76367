import type { ImportRef } from "./parse-imports";

/** One problem, printed by the CLI as `path:line  rule  message`. */
export interface Violation {
  /** Repo-relative, forward slashes. */
  path: string;
  line: number;
  rule: string;
  message: string;
}

/** What a rule returns: notes are printed but never fail the run. */
export interface Finding extends Violation {
  severity: "error" | "note";
}

export interface SourceFile {
  /** Repo-relative, forward slashes. */
  path: string;
  text: string;
  /** `text` with comments blanked out (line numbers and offsets unchanged). */
  code: string;
  /** `code` with the bodies of string, template and regex literals blanked out too. */
  masked: string;
  imports: ImportRef[];
}

/** A workspace package under packages/ or tooling/. */
export interface WorkspacePackage {
  name: string;
  /** Repo-relative folder, e.g. "packages/env". */
  dir: string;
  /** Normalised `exports` map (subpath → target), or null when package.json has none. */
  exports: Map<string, unknown> | null;
}

export interface Workspace {
  root: string;
  packagesByName: Map<string, WorkspacePackage>;
  packagesByDir: Map<string, WorkspacePackage>;
  /** App package name (e.g. "@apps/main") → repo-relative folder ("apps/main"). */
  appDirsByName: Map<string, string>;
}

export type Rule = (file: SourceFile, workspace: Workspace) => Finding[];
