export { installFakeOffice } from "./office";
export { FakeExcelHost, FakeUser } from "./host";
export type { CellSnapshot } from "./host";
export type { FakeOfficeOptions } from "./session";
export { FakeOfficeError } from "./errors";
export {
  columnToLetters,
  lettersToColumn,
  parseAddress,
  formatRect,
  quoteSheet,
} from "./addresses";
