package vn.vanban.indexer.compare;

/**
 * The similarities that decide a status, calibrated on generated plan pairs (README, "Comparison"):
 * {@code CompareAccuracy --calibrate} tries every pair of values on a grid and keeps the one with the
 * best mean of the MISSING/ADDED F1 and the CARRIED/CHANGED accuracy.
 *
 * @param match below it, two points are not the same point (MISSING, ADDED)
 * @param carried at or above it (and no number or date replaced), a matched point is CARRIED; below
 *     it, CHANGED
 * @param section below it, two sections are not aligned
 */
public record Thresholds(double match, double carried, double section) {

    public static final Thresholds STANDARD = new Thresholds(0.35, 0.85, 0.25);
}
