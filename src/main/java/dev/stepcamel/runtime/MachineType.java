package dev.stepcamel.runtime;

/** AWS's state machine types. */
public enum MachineType { STANDARD, EXPRESS }
