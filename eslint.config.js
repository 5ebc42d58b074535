// ESLint for the meeting pages (resources/meeting): plain ES modules in the browser,
// no bundler. Run by `./run tests`; by hand: `npx eslint`.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: ["node_modules/", ".venv/", "build/", "dist/"],
  },
  {
    files: ["resources/meeting/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser },
    },
    rules: {
      ...js.configs.recommended.rules,
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "prefer-const": "error",
      "no-shadow": "error",
      "no-use-before-define": ["error", { functions: false, classes: false, variables: true }],
    },
  },
  {
    // probe.html loads this as a classic script (no module), on any origin.
    files: ["resources/meeting/probe.js"],
    languageOptions: { sourceType: "script" },
  },
];
