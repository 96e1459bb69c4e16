import { Command } from "commander";
import {
  allPackages,
  describeKey,
  getTemplate,
  isEarlierVersion,
  migrateSheet,
  ReportingPackage,
  SheetData,
} from "../../core";
import { readWorkbook, writeWorkbook } from "../../workbook";
import { outputWorkbook } from "../arguments";
import { Language } from "../../core/i18n";
import { say } from "../command-text";
import { commandLanguage } from "../language";
import { CliContext, EXIT, Io } from "../io";

export interface MigrateOptions {
  output: string;
  force?: boolean;
}

/** The package whose tables are exactly these sheets', so its cover sheet is made again. */
function packageOf(sheets: SheetData[]): ReportingPackage | undefined {
  if (sheets.length < 2) return undefined;
  const ids = sheets.map((s) => s.template.id).sort();
  return allPackages().find(
    (p) =>
      p.templates
        .map((t) => t.id)
        .sort()
        .join() === ids.join()
  );
}

/**
 * Writes the workbook again in the current template versions, every figure moved by its
 * dimension key. Nothing is written when a figure would be lost: each one is listed instead.
 */
export async function runMigrate(
  file: string,
  options: MigrateOptions,
  io: Io,
  language: Language = "en"
): Promise<number> {
  const output = await outputWorkbook(options.output, options.force, file);
  const { sheets } = await readWorkbook(file);
  const migrations = sheets.map((sheet) => ({
    from: sheet,
    ...migrateSheet(sheet, getTemplate(sheet.template.id)),
  }));

  const lost = migrations.flatMap((m) =>
    m.lost.map(({ observation, reason }) => ({ sheet: m.from.sheetName, observation, reason }))
  );
  if (lost.length > 0) {
    for (const { sheet, observation, reason } of lost) {
      const key = describeKey(observation);
      io.err(say(language, "notPlaced", { sheet: sheet ?? "", key, reason }));
    }
    io.err(say(language, "notMigrated", { file: output, count: lost.length }));
    return EXIT.findings;
  }

  await writeWorkbook(
    migrations.map((m) => m.sheet),
    output,
    packageOf(sheets)
  );
  for (const m of migrations) {
    const params = {
      sheet: m.from.sheetName ?? "",
      template: m.sheet.template.id,
      from: m.from.template.version,
      to: m.sheet.template.version,
      moved: m.moved,
    };
    const line = isEarlierVersion(m.from.template) ? "migrated" : "alreadyCurrent";
    io.out(say(language, line, params));
  }
  io.out(say(language, "wrote", { file: output }));
  return EXIT.ok;
}

const EXIT_CODES = [
  "",
  "Exit codes:",
  "  0  every figure moved into the current template versions",
  "  1  some figures have no cell in the current templates; each is listed, nothing is written",
  "  2  unusable input",
].join("\n");

export function addMigrateCommand(program: Command, context: CliContext) {
  program
    .command("migrate")
    .description("rewrite a workbook made with an earlier template version in the current one")
    .addHelpText("after", EXIT_CODES)
    .argument("<file.xlsx>", "a template workbook")
    .requiredOption("-o, --output <new.xlsx>", "the workbook to write")
    .option("--force", "replace the output file if it exists")
    .action((file: string, options: MigrateOptions, command: Command) =>
      context.finish(runMigrate(file, options, context.io, commandLanguage(command, context.io)))
    );
}
