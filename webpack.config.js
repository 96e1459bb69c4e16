// Builds the task pane into dist/pane and serves it for Excel during development.
// `webpack --mode production` builds; `webpack serve --mode development` serves https on
// localhost:3000 (set MIDEX_PANE_HTTP=1 to serve plain http, which the browser tests use).
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");
const { checkShippedData } = require("./scripts/check-shipped-data");
const { httpsServerOptions } = require("./scripts/dev-certs");

const ROOT = __dirname;
const OUTPUT_DIR = path.join(ROOT, "dist", "pane");
const DEV_PORT = 3000;

/** Emits files as they are (icons, manifest) next to the bundle, and rebuilds when they change. */
class CopyFilesPlugin {
  /** @param {{ from: string, to: string }[]} entries `from` is a file or a flat folder. */
  constructor(entries) {
    this.entries = entries;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CopyFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const { from, to } of this.entries) {
            for (const file of this.filesOf(from, to, compilation)) {
              compilation.fileDependencies.add(file.source);
              compilation.emitAsset(
                file.target,
                new sources.RawSource(fs.readFileSync(file.source))
              );
            }
          }
        }
      );
    });
  }

  filesOf(from, to, compilation) {
    if (!fs.statSync(from).isDirectory()) {
      return [{ source: from, target: to }];
    }
    compilation.contextDependencies.add(from);
    return fs
      .readdirSync(from, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => ({
        source: path.join(from, entry.name),
        target: path.posix.join(to, entry.name),
      }));
  }
}

/**
 * The first screen's catalogue as a module of its own, written where the build can read it (see
 * src/taskpane/catalogue-data.ts). Written to a temporary name and renamed, so that two builds at
 * once never read half a file.
 */
function writeCatalogueModule(catalogue) {
  const dir = path.join(ROOT, "dist", "generated");
  const file = path.join(dir, "catalogue-data.js");
  fs.mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  const json = JSON.stringify(JSON.stringify(catalogue));
  fs.writeFileSync(partial, `export const catalogue = JSON.parse(${json});\n`);
  fs.renameSync(partial, file);
  return file;
}

/** Without dev certificates webpack-dev-server falls back to its own self-signed one. */
function serverType(httpsOptions) {
  return httpsOptions ? { type: "https", options: httpsOptions } : "https";
}

module.exports = async (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  const plainHttp = process.env.MIDEX_PANE_HTTP === "1";
  const httpsOptions = env.WEBPACK_SERVE && !plainHttp ? await httpsServerOptions() : undefined;
  // The pane trusts the templates and code lists in its bundle (see the replacements below), so
  // they are checked here, as Node checks them at load; a tampered one stops the build.
  const { catalogue } = checkShippedData(ROOT);
  const catalogueModule = writeCatalogueModule(catalogue);

  return {
    mode: development ? "development" : "production",
    devtool: development ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: OUTPUT_DIR,
      filename: "[name].[contenthash].js",
      // Chunks fetched on demand: a language's words, the dark theme.
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the Fluent UI components the pane does not use.
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { module: "es2022" },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Only what the page loads before the first render: a package used by a lazy chunk alone
          // stays in that chunk instead of growing the initial download.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial" },
        },
      },
    },
    // React and Fluent UI alone exceed webpack's 244 kB default; warn only on real growth, and
    // not at all for the unminified development bundle.
    performance: development
      ? { hints: false }
      : { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
      // The sheets' labels in other languages are fetched per language (see shipped-labels-lazy.ts);
      // Node keeps loading them all at once.
      new NormalModuleReplacementPlugin(/^\.\/shipped-labels$/, "./shipped-labels-lazy"),
      // Likewise the findings' wording in other languages (see shipped-messages-lazy.ts).
      new NormalModuleReplacementPlugin(/^\.\/shipped-messages$/, "./shipped-messages-lazy"),
      // Shipped templates and code lists are checked when the pane is built (checkShippedData
      // above), not parsed again on every start.
      new NormalModuleReplacementPlugin(/^\.\/check-templates$/, "./check-templates-trusted"),
      new NormalModuleReplacementPlugin(/^\.\/parse-code-list$/, "./parse-code-list-trusted"),
      new NormalModuleReplacementPlugin(
        /^\.\/check-package-rules$/,
        "./check-package-rules-trusted"
      ),
      // The first screen's catalogue, computed above from the checked templates: the first
      // screen lists it while the templates themselves come with the engine (a lazy chunk).
      new NormalModuleReplacementPlugin(/^\.\/catalogue-data$/, catalogueModule),
      new CopyFilesPlugin([
        { from: path.join(ROOT, "assets"), to: "assets" },
        { from: path.join(ROOT, "manifest.xml"), to: "manifest.xml" },
      ]),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: plainHttp ? "http" : serverType(httpsOptions),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
