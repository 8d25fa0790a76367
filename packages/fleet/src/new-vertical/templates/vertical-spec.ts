/** What the templates are filled with: a vertical's manifest name and title. */
export interface VerticalSpec {
  name: string;
  title: string;
}

/**
 * A generated file, relative to the vertical's folder. `kit` files stay exactly what the templates make, for every
 * generated vertical (`new:vertical -- --check` compares them); `start` files are a first version the vertical
 * then owns: its dependencies, kernel options, schema, migrations and pages grow with its features.
 */
export interface GeneratedFile {
  path: string;
  content: string;
  kind: "kit" | "start";
}
