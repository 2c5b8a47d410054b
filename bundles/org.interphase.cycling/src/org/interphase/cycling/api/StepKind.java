package org.interphase.cycling.api;

/** What the cycler was doing at a sampled point. */
public enum StepKind {
    /** Charging: current in the direction the cycler calls charge (BioLogic: oxidation, I &gt; 0). */
    CHARGE,
    /** Discharging. */
    DISCHARGE,
    /** Rest, open circuit or anything else that passes no counted charge. */
    REST
}
