import { Command } from "commander";
import { errorLanguage, exitCodeFor } from "./errors";
import { CliContext, EXIT, Io } from "./io";
import { addExportCommand } from "./commands/export";
import { addImportCommand } from "./commands/import";
import { addMigrateCommand } from "./commands/migrate";
import { addServeCommand } from "./commands/serve";
import { addSubmitCommand } from "./commands/submit";
import { addTemplateCommand } from "./commands/template";
import { addTemplatesCommand } from "./commands/templates";
import { addTokenCommand } from "./commands/token";
import { addValidateCommand } from "./commands/validate";
import { langOption } from "./language";
import { midexVersion } from "./version";
import { LANGUAGES } from "../core/i18n";

function buildProgram(context: CliContext): Command {
  const program = new Command("midex")
    .description(
      "WB-MIDEX: template workbooks, validation and exchange of migration statistics " +
        "(Regulation (EC) No 862/2007)"
    )
    .configureOutput({
      writeOut: (text) => context.io.out(text),
      writeErr: (text) => context.io.err(text),
    })
    .version(midexVersion(), "-V, --version", "print the version of midex")
    .option(
      "--lang <LANG>",
      `language of what midex prints and of new workbooks: ${LANGUAGES.join(", ")} ` +
        "(default: from LANG, else en)",
      langOption
    )
    .exitOverride()
    .showHelpAfterError("(run `midex --help` for the commands and their options)");

  addTemplatesCommand(program, context);
  addTemplateCommand(program, context);
  addValidateCommand(program, context);
  addImportCommand(program, context);
  addExportCommand(program, context);
  addMigrateCommand(program, context);
  addServeCommand(program, context);
  addTokenCommand(program, context);
  addSubmitCommand(program, context);
  pointToOwnHelp(program);
  return program;
}

/** After a mistake in a command's options, the hint names that command's own help. */
function pointToOwnHelp(command: Command, names: string[] = []): void {
  for (const sub of command.commands) {
    const path = [...names, sub.name()];
    sub.showHelpAfterError(`(run \`midex ${path.join(" ")} --help\` for its options)`);
    pointToOwnHelp(sub, path);
  }
}

/** Runs one command line (without "node midex") and returns the process's exit code. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const context: CliContext = {
    io,
    finish: async (work) => {
      code = await work;
    },
  };
  try {
    await buildProgram(context).parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    return exitCodeFor(error, io, errorLanguage(argv, io.env));
  }
}
