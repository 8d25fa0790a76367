import { z } from "zod";
import { InvalidEnvError, type EnvProblem } from "./invalid-env-error";
import { requiredTogether } from "./together";

export type EnvSource = Readonly<Record<string, string | undefined>>;
export type EnvOf<Shape extends z.ZodRawShape> = z.output<z.ZodObject<Shape>>;

/**
 * Parses `source` (normally `process.env`) against a shape composed from the fragments.
 * Empty strings count as unset, because `.env` files and compose files often write `NAME=`.
 * Throws InvalidEnvError naming every bad variable; values never appear in the message.
 */
export function createEnv<Shape extends z.ZodRawShape>(shape: Shape, source: EnvSource): EnvOf<Shape> {
  const input: Record<string, string | undefined> = {};
  for (const name of Object.keys(shape)) {
    const value = source[name];
    input[name] = value === "" ? undefined : value;
  }

  const result = z.object(shape).safeParse(input);
  const problems = new Map<string, EnvProblem>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      if (problems.has(name)) continue;
      problems.set(name, { name, expected: issue.message, got: input[name] === undefined ? "nothing" : "an invalid value" });
    }
  }
  for (const problem of incompleteGroups(shape, input)) {
    if (!problems.has(problem.name)) problems.set(problem.name, problem);
  }

  if (problems.size > 0 || !result.success) throw new InvalidEnvError([...problems.values()]);
  return result.data;
}

function incompleteGroups(shape: z.ZodRawShape, input: Record<string, string | undefined>): EnvProblem[] {
  const groups = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(shape)) {
    const group = requiredTogether.get(schema)?.group;
    if (group) groups.set(group, [...(groups.get(group) ?? []), name]);
  }

  const problems: EnvProblem[] = [];
  for (const [group, names] of groups) {
    const set = names.filter((name) => input[name] !== undefined);
    if (set.length === 0 || set.length === names.length) continue;
    for (const name of names.filter((candidate) => input[candidate] === undefined)) {
      problems.push({
        name,
        expected: `required because ${set.join(", ")} ${set.length === 1 ? "is" : "are"} set (${group} needs all of ${names.join(", ")} or none)`,
        got: "nothing",
      });
    }
  }
  return problems;
}
