package io.lotline.identity;

/**
 * What a person does. Operators receive, move and pick; supervisors also correct and keep master data; quality
 * decides on lots and sees traces; compliance audits and answers authorities; admins manage users and the audit
 * chain.
 */
public enum Role { OPERATOR, SUPERVISOR, QUALITY, COMPLIANCE, ADMIN }
