package org.equityaccelerator.command.participant;

/** Role taxonomy of an Equity Change Team (domain research 5.2). */
public enum TeamRole {
    EXECUTIVE_LEADERSHIP, HEALTH_EQUITY_PROGRAM_MANAGER, CONTRACTING_PROCUREMENT_OFFICER, FINANCE, SUPPLY_CHAIN, HR,
    COMMUNITY_HEALTH, DEI, OTHER
}
