// Lint with Microsoft's Office add-in rules (React flavour); the plugin's TypeScript block only
// names .ts files, so the same parser and rules are applied to .tsx below.
const officeAddins = require("eslint-plugin-office-addins");
const tsParser = require("@typescript-eslint/parser");

const tsBlock = officeAddins.configs.react.find((block) => block.files?.[0]?.includes("ts"));

module.exports = [
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: tsBlock.plugins,
    languageOptions: { ...tsBlock.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: tsBlock.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: { "react/react-in-jsx-scope": "off", "no-undef": "off" },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
      },
    },
  },
];
