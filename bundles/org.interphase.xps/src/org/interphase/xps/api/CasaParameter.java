package org.interphase.xps.api;

/**
 * One fitted parameter of a CasaXPS component: value, bounds and link ("constraint") to another component.
 *
 * @param value  the value
 * @param min    lower bound
 * @param max    upper bound
 * @param link   index of the component this parameter is linked to, -1 when free
 * @param factor link factor or offset as written
 */
public record CasaParameter(double value, double min, double max, int link, double factor) {
}
