/**
 * Counts presses of Shift on its own, as GOV.UK Frontend's "Exit this page"
 * does: three within the time limit leave the page. A Shift held to type a
 * capital does not count, and any other key starts the count again, so
 * ordinary typing never triggers an exit.
 */
export const SHIFT_PRESSES_TO_EXIT = 3;
export const SHIFT_WINDOW_MS = 5000;

export class ShiftCounter {
  #count = 0;
  #firstAt = 0;
  #lastKeyWasModified = false;

  /**
   * Feed every `keyup` (key name, whether Shift was down, time in ms).
   * Returns how many presses are still needed: 0 means exit now; undefined
   * means the key did not count (and the count was reset).
   */
  keyup(key: string, shiftKey: boolean, now: number): number | undefined {
    let left: number | undefined;
    if (key === 'Shift' && !this.#lastKeyWasModified) {
      if (this.#count === 0 || now - this.#firstAt > SHIFT_WINDOW_MS) {
        this.#count = 0;
        this.#firstAt = now;
      }
      this.#count++;
      left = SHIFT_PRESSES_TO_EXIT - this.#count;
      if (left === 0) this.#count = 0;
    } else {
      this.#count = 0;
    }
    // After a Shift+letter, the Shift keyup itself arrives with the letter already typed.
    this.#lastKeyWasModified = key !== 'Shift' && shiftKey;
    return left;
  }
}
