package org.interphase.tomo.api;

/**
 * Summary statistics of a volume (non-finite voxels are ignored).
 *
 * @param min    smallest finite value
 * @param max    largest finite value
 * @param mean   mean of the finite values
 * @param voxels number of finite voxels
 */
public record VolumeStats(double min, double max, double mean, long voxels) {
}
