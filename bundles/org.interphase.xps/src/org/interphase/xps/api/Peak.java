package org.interphase.xps.api;

import java.util.Optional;

/**
 * One synthetic component, or a spin-orbit doublet handled as one object. Positions are binding energies
 * (eV); for a doublet the position is that of the main line (e.g. 2p3/2) and FWHM and line shape are shared.
 * Parameter names in link expressions: {@code position}, {@code fwhm}, {@code area} or {@code height}
 * (the amount, whichever {@link #amountKind()} says; {@code amount} also works), {@code splitting},
 * {@code ratio}.
 *
 * @param name       unique name within the model
 * @param shape      line shape
 * @param position   binding energy of the (main) line
 * @param fwhm       FWHM parameter of the line shape
 * @param amount     area (total, both lines) or height (main line)
 * @param amountKind what {@code amount} is
 * @param doublet    the doublet rule, for spin-orbit pairs
 */
public record Peak(String name, LineShape shape, Param position, Param fwhm, Param amount, AmountKind amountKind,
        Optional<Doublet> doublet) {

    public Peak {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a peak needs a name");
        }
    }

    /** A singlet parametrised by area. */
    public static Peak singlet(String name, LineShape shape, Param position, Param fwhm, Param area) {
        return new Peak(name, shape, position, fwhm, area, AmountKind.AREA, Optional.empty());
    }

    /** A doublet parametrised by total area. */
    public static Peak doublet(String name, LineShape shape, Param position, Param fwhm, Param area, Doublet rule) {
        return new Peak(name, shape, position, fwhm, area, AmountKind.AREA, Optional.of(rule));
    }

    /** The same peak with one parameter replaced ({@code position}, {@code fwhm}, {@code area}/{@code height}). */
    public Peak with(String parameter, Param p) {
        return switch (parameter) {
            case "position" -> new Peak(name, shape, p, fwhm, amount, amountKind, doublet);
            case "fwhm" -> new Peak(name, shape, position, p, amount, amountKind, doublet);
            case "area", "height", "amount" -> new Peak(name, shape, position, fwhm, p, amountKind, doublet);
            case "splitting" -> new Peak(name, shape, position, fwhm, amount, amountKind,
                    Optional.of(new Doublet(p, doublet.orElseThrow().ratio())));
            case "ratio" -> new Peak(name, shape, position, fwhm, amount, amountKind,
                    Optional.of(new Doublet(doublet.orElseThrow().splitting(), p)));
            default -> throw new IllegalArgumentException("no parameter '" + parameter + "'");
        };
    }
}
