const PROBLEMS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  EBUSY: "the file is open in another program",
};

/** The plain reason a file could not be read or written, when it is the user's to fix. */
export function fileProblem(error: unknown): string | undefined {
  return PROBLEMS[(error as NodeJS.ErrnoException | undefined)?.code ?? ""];
}
