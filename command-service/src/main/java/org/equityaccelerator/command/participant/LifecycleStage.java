package org.equityaccelerator.command.participant;

/** Where in the contracting lifecycle a process change applies (domain research 5.2, item 7). */
public enum LifecycleStage {
    SOLICITATION_DESIGN, ACCESS_SUBMISSION, EVALUATION_AWARD, CONTRACT_EXECUTION, PAYMENT, REPORTING_MONITORING,
    OUTREACH_TA, GOVERNANCE_DATA, COMMUNITY_INVESTMENT
}
