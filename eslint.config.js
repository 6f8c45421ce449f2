// ESLint flat config: typescript-eslint's type-aware recommended rules over src/ and test/, with
// Prettier owning the layout (eslint-config-prettier turns the stylistic rules off).
// `npm run lint` allows no warnings.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "report/", "docs/api/", "node_modules/", ".venv/", "test-results/", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter or binding that is there for its position, not its value
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // the tslab kernel's preload (src/runner/tslab-*.cjs): CommonJS run by Node before tslab, outside
    // the TypeScript project, so linted with the recommended rules without types
    files: ["**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: "commonjs",
      parserOptions: { projectService: false },
      globals: Object.fromEntries(
        ["require", "module", "exports", "__filename", "__dirname", "process", "console", "setTimeout"].map((g) => [
          g,
          "readonly",
        ]),
      ),
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
