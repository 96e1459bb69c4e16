import { Sync } from "./run";

/** One queued write and about how many cells' worth of request it takes (see payload.ts). */
export interface WritePiece {
  cells: number;
  queue(): void;
}

/**
 * Queues the pieces in order, syncing before one that would take the request over `cells`, so no
 * request passes Excel on the web's limit. Pieces that fit are left queued for the caller's next
 * sync, so a small write costs no extra round trip.
 */
export async function queueWithin(pieces: WritePiece[], cells: number, sync: Sync): Promise<void> {
  let queued = 0;
  for (const piece of pieces) {
    if (queued > 0 && queued + piece.cells > cells) {
      await sync();
      queued = 0;
    }
    piece.queue();
    queued += piece.cells;
  }
}
