package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.ConsultationStatus;
import dev.sitrep.core.airspace.FlightConduct;
import dev.sitrep.core.airspace.ImmutableAirspaceIncident;
import dev.sitrep.core.airspace.ImmutableConsequence;
import dev.sitrep.core.airspace.ImmutableConsultation;
import dev.sitrep.core.airspace.ImmutableIntrusion;
import dev.sitrep.core.airspace.ImmutableResponse;
import dev.sitrep.core.airspace.ImmutableTransit;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.ImmutableClaim;

/** Codecs of airspace incidents and their parts. */
public final class AirspaceCodecs {
  private AirspaceCodecs() {}

  /** The codec of {@link Transit}, named {@code transit} in the schema. */
  public static final ObjectCodec<Transit, ImmutableTransit.Builder> TRANSIT =
      ObjectCodec.declare("transit",
              "A state that intruders came through on their way, with how many where the source"
                  + " says.",
              Transit.class, ImmutableTransit::builder, ImmutableTransit.Builder::build)
          .required("state", "the state passed through",
              Transit::state, ImmutableTransit.Builder::state, Scalars.ref(State.class))
          .optional("count", "how many came this way, if the source says",
              Transit::count, ImmutableTransit.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .build();

  /** A claim of what kind of thing entered: a drone, a decoy drone. */
  public static final ObjectCodec<Claim<PlatformKind>, ImmutableClaim.Builder<PlatformKind>>
      PLATFORM_CLAIM = FoundationCodecs.claim("platform-claim",
          "A claim of what kind of thing entered, such as drones first reported that an"
              + " assessment later calls decoys.",
          Scalars.code(PlatformKind.class, PlatformKind::of));

  /** The codec of {@link Intrusion}, named {@code intrusion} in the schema. */
  public static final ObjectCodec<Intrusion, ImmutableIntrusion.Builder> INTRUSION =
      ObjectCodec.declare("intrusion",
              "What entered an airspace: platform, model, how many, claims about where from,"
                  + " states passed through, and where it entered.",
              Intrusion.class, Intrusion::builder, ImmutableIntrusion.Builder::build)
          .required("platform", "what kind of thing entered",
              Intrusion::platform, ImmutableIntrusion.Builder::platform,
              Scalars.code(PlatformKind.class, PlatformKind::of))
          .optional("model", "the model, if known: \"Gerbera\", \"MiG-31\"",
              Intrusion::model, ImmutableIntrusion.Builder::model, Scalars.STRING)
          .list("platform_claims", "the claims of what kind of thing it was, where sources"
                  + " disagree or a report is corrected; `platform` is then one that a current"
                  + " claim gives",
              Intrusion::platformClaims, ImmutableIntrusion.Builder::addAllPlatformClaims,
              PLATFORM_CLAIM)
          .list("model_claims", "the claims of its model; `model`, if given, is then one that a"
                  + " current claim gives",
              Intrusion::modelClaims, ImmutableIntrusion.Builder::addAllModelClaims,
              FoundationCodecs.STRING_CLAIM)
          .required("count", "how many entered",
              Intrusion::count, ImmutableIntrusion.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .list("conduct", "how they flew, as reported: no flight plan, transponder off, no radio"
                  + " contact; none twice",
              Intrusion::conduct, ImmutableIntrusion.Builder::addAllConduct,
              Scalars.code(FlightConduct.class, FlightConduct::of))
          .optional("payload", "what they carried, where reported: \"contraband cigarettes\"",
              Intrusion::payload, ImmutableIntrusion.Builder::payload, Scalars.STRING)
          .list("origin", "the claims about the state they came from, each a ref to a state; a"
                  + " later claim may supersede an earlier; never the violated state",
              Intrusion::origin, ImmutableIntrusion.Builder::addAllOrigin,
              FoundationCodecs.REF_CLAIM)
          .list("transits", "the states they came through",
              Intrusion::transits, ImmutableIntrusion.Builder::addAllTransits, TRANSIT)
          .optional("entry", "where they entered, if known",
              Intrusion::entry, ImmutableIntrusion.Builder::entry, FoundationCodecs.PLACE)
          .build();

  /** The codec of {@link Response}, named {@code response} in the schema. */
  public static final ObjectCodec<Response, ImmutableResponse.Builder> RESPONSE =
      ObjectCodec.declare("response",
              "What was done about an intrusion, by whom, with what, to how many, and how sure"
                  + " the source is.",
              Response.class, Response::builder, ImmutableResponse.Builder::build)
          .list("responders", "who responded",
              Response::responders, ImmutableResponse.Builder::addAllResponders,
              Scalars.refToSubtype(Actor.class))
          .list("assets", "what they used, as the source names it: \"F-35\", \"AWACS\", \"jets\"",
              Response::assets, ImmutableResponse.Builder::addAllAssets, Scalars.STRING)
          .required("action", "what the responders did",
              Response::action, ImmutableResponse.Builder::action,
              Scalars.code(ResponseAction.class, ResponseAction::of))
          .optional("count", "to how many intruders, if the source says; \"a number of\" is `some`",
              Response::count, ImmutableResponse.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .optional("attribution", "who says so and how firmly (\"reportedly\" is `reported`)",
              Response::attribution, ImmutableResponse.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .build();

  /** The codec of {@link Consequence}, named {@code consequence} in the schema. */
  public static final ObjectCodec<Consequence, ImmutableConsequence.Builder> CONSEQUENCE =
      ObjectCodec.declare("consequence",
              "What an incident caused, such as damage or closed airports, with a count where the"
                  + " source gives one.",
              Consequence.class, Consequence::builder, ImmutableConsequence.Builder::build)
          .required("kind", "what kind of consequence it was",
              Consequence::kind, ImmutableConsequence.Builder::kind,
              Scalars.code(ConsequenceKind.class, ConsequenceKind::of))
          .optional("description", "the source's description",
              Consequence::description, ImmutableConsequence.Builder::description, Scalars.STRING)
          .optional("count", "how many, where counted: casualties, closed airports",
              Consequence::count, ImmutableConsequence.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .optional("attribution", "who says so and how firmly",
              Consequence::attribution, ImmutableConsequence.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .optional("occurrences", "how many times it happened, where it recurred: an airport"
                  + " closed three times; at least 1",
              Consequence::occurrences, ImmutableConsequence.Builder::occurrences,
              FoundationCodecs.UNCERTAIN_COUNT)
          .optional("duration", "how long it lasted, as the source says: an airport closed \"for"
                  + " about four hours\"",
              Consequence::duration, ImmutableConsequence.Builder::duration,
              FoundationCodecs.UNCERTAIN_DURATION)
          .build();

  /** The codec of {@link Consultation}, named {@code consultation} in the schema. */
  public static final ObjectCodec<Consultation, ImmutableConsultation.Builder> CONSULTATION =
      ObjectCodec.declare("consultation",
              "Consultations considered, requested, declined or held after an incident, such as in"
                  + " NATO under Article 4.",
              Consultation.class, Consultation::builder,
              ImmutableConsultation.Builder::build)
          .required("forum", "where they take place",
              Consultation::forum, ImmutableConsultation.Builder::forum,
              Scalars.ref(Organization.class))
          .required("basis", "on what basis: \"Article 4\"",
              Consultation::basis, ImmutableConsultation.Builder::basis, Scalars.STRING)
          .list("requested_by", "who requested them",
              Consultation::requestedBy, ImmutableConsultation.Builder::addAllRequestedBy,
              Scalars.refToSubtype(Actor.class))
          .optional("requested", "when they were requested, if known",
              Consultation::requested, ImmutableConsultation.Builder::requested, Scalars.TIME_POINT)
          .optional("held", "when they were held, if they were; not before `requested`",
              Consultation::held, ImmutableConsultation.Builder::held, Scalars.TIME_POINT)
          .optional("considered", "when requesting them was considered; not after `requested`",
              Consultation::considered, ImmutableConsultation.Builder::considered,
              Scalars.TIME_POINT)
          .optional("declined", "when the request was declined; never with `held`, not before"
                  + " `requested`",
              Consultation::declined, ImmutableConsultation.Builder::declined, Scalars.TIME_POINT)
          .optional("status", "how far they went, where the source says so: considered (not"
                  + " invoked), requested, declined or held; without it, the latest date says,"
                  + " or requested; no date of a later stage",
              Consultation::status, ImmutableConsultation.Builder::status,
              Scalars.enumeration(ConsultationStatus.class))
          .build();

  /** The codec of {@link AirspaceIncident}, named {@code airspace-incident} in the schema. */
  public static final ObjectCodec<AirspaceIncident, ImmutableAirspaceIncident.Builder>
      AIRSPACE_INCIDENT = EventCodecs.event("airspace-incident",
              "An event: a violation of a state's airspace, with what entered, the responses,"
                  + " consequences, consultations and statements.",
              AirspaceIncident.class, AirspaceIncident::builder,
              ImmutableAirspaceIncident.Builder::build)
          .required("airspace", "the airspace violated, with its flight information region where"
                  + " known",
              AirspaceIncident::airspace, ImmutableAirspaceIncident.Builder::airspace,
              FoundationCodecs.AIRSPACE)
          .list("intrusions", "what entered",
              AirspaceIncident::intrusions, ImmutableAirspaceIncident.Builder::addAllIntrusions,
              INTRUSION)
          .list("responses", "what was done about it; a `shot-down` response's `count.lower` may"
                  + " not exceed the sum of the intrusions' `count.upper` (when every intrusion"
                  + " has one)",
              AirspaceIncident::responses, ImmutableAirspaceIncident.Builder::addAllResponses,
              RESPONSE)
          .list("consequences", "what it caused",
              AirspaceIncident::consequences, ImmutableAirspaceIncident.Builder::addAllConsequences,
              CONSEQUENCE)
          .list("consultations", "consultations requested or held about it",
              AirspaceIncident::consultations,
              ImmutableAirspaceIncident.Builder::addAllConsultations, CONSULTATION)
          .list("claims", "statements about the incident and who makes them: \"the first time in"
                  + " NATO history…\", officials stated",
              AirspaceIncident::claims, ImmutableAirspaceIncident.Builder::addAllClaims,
              FoundationCodecs.STRING_CLAIM)
          .optional("occurrences", "how many times it happened, where the source reports it as"
                  + " recurring: \"repeatedly\" is at least 2; at least 1",
              AirspaceIncident::occurrences, ImmutableAirspaceIncident.Builder::occurrences,
              FoundationCodecs.UNCERTAIN_COUNT)
          .build();
}
