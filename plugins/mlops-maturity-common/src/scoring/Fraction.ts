/**
 * An exact non-negative rational number. Scores are sums of averages times
 * weights; doing that in floating point puts a 1.5 at 1.4999999 and into the
 * wrong band, so scoring works on fractions and converts to a number only for
 * display and sorting.
 */
export class Fraction {
  private constructor(readonly num: bigint, readonly den: bigint) {}

  static of(num: bigint | number, den: bigint | number = 1n): Fraction {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) {
      throw new RangeError('Fraction with a zero denominator');
    }
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return new Fraction(n / g, d / g);
  }

  /**
   * The exact value of a finite decimal such as a configured weight (0.3 is
   * 3/10, not 0.299999999999999988898). Numbers are read from their shortest
   * round-trip representation, which is how they were written in config.
   */
  static fromDecimal(value: number): Fraction {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Not a finite number: ${value}`);
    }
    const [mantissa, exponentPart] = String(value).toLowerCase().split('e');
    const exponent = Number(exponentPart ?? 0);
    const [whole, decimals = ''] = mantissa.split('.');
    const digits = BigInt(`${whole}${decimals}`);
    const scale = decimals.length - exponent;
    return scale >= 0
      ? Fraction.of(digits, 10n ** BigInt(scale))
      : Fraction.of(digits * 10n ** BigInt(-scale));
  }

  add(other: Fraction): Fraction {
    return Fraction.of(
      this.num * other.den + other.num * this.den,
      this.den * other.den,
    );
  }

  sub(other: Fraction): Fraction {
    return Fraction.of(
      this.num * other.den - other.num * this.den,
      this.den * other.den,
    );
  }

  mul(other: Fraction): Fraction {
    return Fraction.of(this.num * other.num, this.den * other.den);
  }

  div(other: Fraction): Fraction {
    return Fraction.of(this.num * other.den, this.den * other.num);
  }

  compare(other: Fraction): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    if (left === right) return 0;
    return left < right ? -1 : 1;
  }

  /** The largest integer not above this value. */
  floor(): number {
    const q = this.num / this.den;
    return Number(this.num < 0n && q * this.den !== this.num ? q - 1n : q);
  }

  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x === 0n ? 1n : x;
}
