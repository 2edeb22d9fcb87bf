package dev.sitrep.core.actor;

import dev.sitrep.core.Code;

/**
 * What an {@link Organization} is: an open vocabulary. NATO is an {@link #ALLIANCE}, the EU a
 * {@link #SUPRANATIONAL_UNION}, the Polish parliament a {@link #LEGISLATURE}; any other lowercase
 * code is kept as it is.
 */
public final class OrganizationKind extends Code {
  public static final OrganizationKind ALLIANCE = new OrganizationKind("alliance");
  public static final OrganizationKind SUPRANATIONAL_UNION =
      new OrganizationKind("supranational-union");
  public static final OrganizationKind GOVERNMENT = new OrganizationKind("government");
  public static final OrganizationKind MINISTRY = new OrganizationKind("ministry");
  public static final OrganizationKind LEGISLATURE = new OrganizationKind("legislature");
  public static final OrganizationKind ARMED_FORCES = new OrganizationKind("armed-forces");
  public static final OrganizationKind MILITARY_UNIT = new OrganizationKind("military-unit");
  public static final OrganizationKind SECURITY_SERVICE = new OrganizationKind("security-service");
  public static final OrganizationKind STATE_ENTERPRISE = new OrganizationKind("state-enterprise");
  public static final OrganizationKind COMPANY = new OrganizationKind("company");
  public static final OrganizationKind NGO = new OrganizationKind("ngo");
  public static final OrganizationKind THINK_TANK = new OrganizationKind("think-tank");
  public static final OrganizationKind MEDIA = new OrganizationKind("media");
  public static final OrganizationKind PARTY = new OrganizationKind("party");

  private OrganizationKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static OrganizationKind of(String code) {
    return new OrganizationKind(code);
  }
}
