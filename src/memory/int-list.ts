/** A growable list of 32-bit integers in one typed array (compact for millions of values). */
export class IntList {
  private values: Int32Array
  length = 0

  constructor(capacity = 1024) {
    this.values = new Int32Array(capacity)
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  at(index: number): number {
    return this.values[index] as number
  }

  /** The backing array (longer than `length`), valid until the next `push`. */
  get array(): Int32Array {
    return this.values
  }
}
