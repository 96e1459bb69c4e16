import { emptyPlan, localCell, MarkPlan, MarkReader } from "./mark-plan";
import { ruleCells } from "./payload";
import { Sync } from "./run";

/** Starts every note the add-in writes. */
export const NOTE_PREFIX = "WB-MIDEX: ";
/** Ends every note the add-in writes. */
export const NOTE_SUFFIX = " [WB-MIDEX]";

/** A note's full text as the add-in writes it. */
export function ourNoteText(text: string): string {
  return NOTE_PREFIX + text + NOTE_SUFFIX;
}

/**
 * Only notes that start and end as the add-in writes them are ever changed or deleted: a note
 * an official typed starting "WB-MIDEX: ", or one of ours to which they added words, is theirs
 * and stays. Desktop Excel may put the author's name on a line of its own before the text.
 */
export function isOurNote(content: string): boolean {
  const lines = content.split(/\r?\n/);
  return (
    lines.some((line) => line.startsWith(NOTE_PREFIX)) && content.trimEnd().endsWith(NOTE_SUFFIX)
  );
}

/**
 * Reads the sheet's notes for `wanted` (cell → text), with the caller's next sync: the text of
 * every note, and the note on each wanted cell. A second read, of where the add-in's notes are,
 * is needed only when some of them are on cells no longer wanted.
 */
export function queueNoteRead(worksheet: Excel.Worksheet, wanted: Map<string, string>): MarkReader {
  const notes = worksheet.notes;
  notes.load("items/content");
  const onWanted = [...wanted].map(([address, text]) => ({
    address,
    text,
    note: notes.getItemOrNullObject(address).load("content"),
  }));

  return {
    async plan(sync: Sync): Promise<MarkPlan> {
      const plan = emptyPlan();
      let kept = 0;
      for (const { address, text, note } of onWanted) {
        if (note.isNullObject) {
          plan.added.push(address);
          plan.writes.push({ cells: ruleCells(text), queue: () => notes.add(address, text) });
        } else if (!isOurNote(note.content)) {
          // The official's own note stays as it is and ours is not added: a cell has one note,
          // and the pane still lists the warning.
          plan.userNotes.push(address);
        } else {
          kept++;
          // Compared by inclusion, since Excel may show the author's name before the text.
          if (note.content.includes(text)) continue;
          plan.updated.push(address);
          plan.writes.push({
            cells: ruleCells(text),
            queue: () => {
              note.content = text;
            },
          });
        }
      }

      const ours = notes.items.filter((note) => isOurNote(note.content));
      if (ours.length <= kept) return plan;
      const located = ours.map((note) => ({ note, cell: note.getLocation().load("address") }));
      await sync();
      const removals = located.filter(({ cell }) => !wanted.has(localCell(cell.address)));
      plan.removed.push(...removals.map(({ cell }) => localCell(cell.address)));
      plan.writes.unshift(
        ...removals.map(({ note }) => ({ cells: ruleCells(""), queue: () => note.delete() }))
      );
      return plan;
    },
  };
}
