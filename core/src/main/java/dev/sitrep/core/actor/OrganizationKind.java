package dev.sitrep.core.actor;

import dev.sitrep.core.Code;

/**
 * What an {@link Organization} is: an open vocabulary. NATO is an {@link #ALLIANCE}, the EU a
 * {@link #SUPRANATIONAL_UNION}, the Polish parliament a {@link #LEGISLATURE}; any other lowercase
 * code is kept as it is.
 */
public final class OrganizationKind extends Code {
  /** A military alliance of states: NATO, the CSTO. */
  public static final OrganizationKind ALLIANCE = new OrganizationKind("alliance");
  /**
   * A union of states with common institutions: the European Union, the Union State of Russia and
   * Belarus.
   */
  public static final OrganizationKind SUPRANATIONAL_UNION =
      new OrganizationKind("supranational-union");
  /** A state's government or cabinet: the government of Poland. */
  public static final OrganizationKind GOVERNMENT = new OrganizationKind("government");
  /** A ministry or department of a government: Belarus's Ministry of Defence. */
  public static final OrganizationKind MINISTRY = new OrganizationKind("ministry");
  /** A parliament or one of its chambers: the Sejm. */
  public static final OrganizationKind LEGISLATURE = new OrganizationKind("legislature");
  /** A state's armed forces as a whole: the Russian military. */
  public static final OrganizationKind ARMED_FORCES = new OrganizationKind("armed-forces");
  /** A unit or formation of armed forces: a brigade, an air wing. */
  public static final OrganizationKind MILITARY_UNIT = new OrganizationKind("military-unit");
  /** An intelligence, security or police service: the KGB of Belarus. */
  public static final OrganizationKind SECURITY_SERVICE = new OrganizationKind("security-service");
  /** An enterprise owned by a state: a Belarusian state-owned plant. */
  public static final OrganizationKind STATE_ENTERPRISE = new OrganizationKind("state-enterprise");
  /** A private company. */
  public static final OrganizationKind COMPANY = new OrganizationKind("company");
  /** A non-governmental organization: Viasna, a human-rights group. */
  public static final OrganizationKind NGO = new OrganizationKind("ngo");
  /** A research institute or think tank: the Atlantic Council. */
  public static final OrganizationKind THINK_TANK = new OrganizationKind("think-tank");
  /** A news outlet or broadcaster. */
  public static final OrganizationKind MEDIA = new OrganizationKind("media");
  /** A political party. */
  public static final OrganizationKind PARTY = new OrganizationKind("party");

  private OrganizationKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static OrganizationKind of(String code) {
    return new OrganizationKind(code);
  }
}
