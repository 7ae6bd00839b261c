/**
 * The trained linear model, loaded once from the committed weights file
 * (written by `npm run train:classifier -w @pulse/shared`). Feature hashes are
 * looked up in an open-addressing table of typed arrays, the weights are int8
 * steps of a per-output scale.
 */
export interface ModelFile {
  readonly format: 2;
  /** "churn", then the themes in THEMES order. */
  readonly outputs: readonly string[];
  /** Probability at or above which an output is on. */
  readonly thresholds: readonly number[];
  /** Per output, the probability from which a cue the rules found turns it on. */
  readonly cueFloors: readonly number[];
  readonly bias: readonly number[];
  readonly scale: readonly number[];
  /** Base64 of the sorted int32 feature hashes (little-endian). */
  readonly hashes: string;
  /** Base64 of int8 weights, one row of `outputs.length` per hash. */
  readonly weights: string;
  /**
   * Features that weigh on the first output only (churn's character n-grams, most
   * of the model): base64 of their sorted int32 hashes and of one int8 step each,
   * so that they do not carry a row of zeros.
   */
  readonly firstOnlyHashes: string;
  readonly firstOnlyWeights: string;
}

const EMPTY = -1;
/** The known-bitmap has 2^this bits per table slot: with the table at most half full, at most 1 in 16 unknown hashes reach it. */
const KNOWN_BITS_PER_SLOT = 3;

export class LinearModel {
  readonly outputs: number;
  /** How many features have weights. */
  readonly size: number;
  readonly thresholds: Float64Array;
  readonly cueFloors: Float64Array;
  readonly bias: Float64Array;
  /**
   * The rows of features that weigh on several outputs come first, `outputs`
   * weights each; the rest weigh on the first output only and keep one weight
   * each in `firstOnly` (row − `fullRows`). Dequantized once at load, and kept
   * apart so that the many character n-grams share few cache lines.
   */
  readonly weights: Float32Array;
  readonly fullRows: number;
  readonly firstOnly: Float32Array;
  /** Open addressing, [hash, row] pairs side by side so that a probe touches one cache line. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /**
   * One bit per slot of a larger space, set for the hashes the model knows: most
   * features a comment has are unknown (rare pairs and n-grams), and one bit in
   * this small array says so without reaching into the table.
   */
  private readonly known: Uint32Array;
  private readonly knownShift: number;

  constructor(file: ModelFile) {
    this.outputs = file.outputs.length;
    this.thresholds = Float64Array.from(file.thresholds);
    this.cueFloors = Float64Array.from(file.cueFloors);
    this.bias = Float64Array.from(file.bias);
    const hashes = [...int32s(file.hashes), ...int32s(file.firstOnlyHashes)];
    this.size = hashes.length;
    const steps = int8s(file.weights);
    const firstOnly = int8s(file.firstOnlyWeights);
    const outputs = this.outputs;
    this.fullRows = steps.length / outputs;
    this.weights = new Float32Array(steps.length);
    steps.forEach((step, i) => {
      this.weights[i] = step * (file.scale[i % outputs] ?? 0);
    });
    this.firstOnly = new Float32Array(firstOnly.length);
    firstOnly.forEach((step, k) => {
      this.firstOnly[k] = step * (file.scale[0] ?? 0);
    });
    let bits = 1;
    while (1 << bits < hashes.length * 2) bits++;
    const capacity = 1 << bits;
    this.mask = capacity - 1;
    this.shift = 32 - bits;
    this.table = new Int32Array(capacity * 2);
    for (let slot = 0; slot < capacity; slot++) this.table[slot * 2 + 1] = EMPTY;
    this.knownShift = Math.max(0, this.shift - KNOWN_BITS_PER_SLOT);
    this.known = new Uint32Array(Math.max(1, (capacity << (this.shift - this.knownShift)) >>> 5));
    hashes.forEach((hash, row) => {
      const bit = this.knownBitOf(hash);
      this.known[bit >>> 5] = (this.known[bit >>> 5] ?? 0) | (1 << (bit & 31));
      let slot = this.slotOf(hash);
      while (this.table[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = hash;
      this.table[slot * 2 + 1] = row;
    });
  }

  /** The row of a feature hash, or −1 when the model has no weight for it. */
  rowOf(hash: number): number {
    const bit = this.knownBitOf(hash);
    if (((this.known[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return EMPTY;
    let slot = this.slotOf(hash);
    for (;;) {
      const row = this.table[slot * 2 + 1] ?? EMPTY;
      if (row === EMPTY || this.table[slot * 2] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The weight of a row for one output. */
  weight(row: number, output: number): number {
    if (row < this.fullRows) return this.weights[row * this.outputs + output] ?? 0;
    return output === 0 ? (this.firstOnly[row - this.fullRows] ?? 0) : 0;
  }

  private knownBitOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.knownShift;
  }

  private slotOf(hash: number): number {
    // Fibonacci hashing: the high bits of the product are the well-mixed ones.
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}

export function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

function int32s(base64: string): Int32Array {
  const bytes = fromBase64(base64);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function int8s(base64: string): Int8Array {
  const bytes = fromBase64(base64);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
