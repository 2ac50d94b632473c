package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number in lowest terms, for money and prices that must never be rounded. */
final class Fraction implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger numerator;
    /** Always positive. */
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    static Fraction of(BigInteger whole) {
        return new Fraction(whole, BigInteger.ONE);
    }

    static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        return gcd.equals(BigInteger.ONE) ? new Fraction(numerator, denominator)
                : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
    }

    Fraction subtract(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.subtract(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    Fraction times(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction dividedBy(long divisor) {
        return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    Fraction dividedBy(Fraction divisor) {
        return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    int signum() {
        return numerator.signum();
    }

    @Override
    public int compareTo(Fraction other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
