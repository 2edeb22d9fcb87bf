package dev.sitrep.io.codec;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.Consultation;
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

/** Codecs of airspace incidents and their parts. */
public final class AirspaceCodecs {
  private AirspaceCodecs() {}

  public static final ObjectCodec<Transit, ImmutableTransit.Builder> TRANSIT =
      ObjectCodec.of(Transit.class, ImmutableTransit::builder, ImmutableTransit.Builder::build)
          .required(Wire.STATE, Transit::state, ImmutableTransit.Builder::state, Scalars.ref())
          .optional(Wire.COUNT, Transit::count, ImmutableTransit.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT);

  public static final ObjectCodec<Intrusion, ImmutableIntrusion.Builder> INTRUSION =
      ObjectCodec.of(Intrusion.class, Intrusion::builder, ImmutableIntrusion.Builder::build)
          .required(Wire.PLATFORM, Intrusion::platform, ImmutableIntrusion.Builder::platform,
              Scalars.code(PlatformKind::of))
          .optional(Wire.MODEL, Intrusion::model, ImmutableIntrusion.Builder::model,
              Scalars.STRING)
          .required(Wire.COUNT, Intrusion::count, ImmutableIntrusion.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .list(Wire.ORIGIN, Intrusion::origin, ImmutableIntrusion.Builder::addAllOrigin,
              FoundationCodecs.claim(Scalars.ref()))
          .list(Wire.TRANSITS, Intrusion::transits, ImmutableIntrusion.Builder::addAllTransits,
              TRANSIT)
          .optional(Wire.ENTRY, Intrusion::entry, ImmutableIntrusion.Builder::entry,
              FoundationCodecs.PLACE);

  public static final ObjectCodec<Response, ImmutableResponse.Builder> RESPONSE =
      ObjectCodec.of(Response.class, Response::builder, ImmutableResponse.Builder::build)
          .list(Wire.RESPONDERS, Response::responders, ImmutableResponse.Builder::addAllResponders,
              Scalars.refToSubtype())
          .list(Wire.ASSETS, Response::assets, ImmutableResponse.Builder::addAllAssets,
              Scalars.STRING)
          .required(Wire.ACTION, Response::action, ImmutableResponse.Builder::action,
              Scalars.code(ResponseAction::of))
          .optional(Wire.COUNT, Response::count, ImmutableResponse.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .optional(Wire.ATTRIBUTION, Response::attribution,
              ImmutableResponse.Builder::attribution, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<Consequence, ImmutableConsequence.Builder> CONSEQUENCE =
      ObjectCodec.of(Consequence.class, Consequence::builder, ImmutableConsequence.Builder::build)
          .required(Wire.KIND, Consequence::kind, ImmutableConsequence.Builder::kind,
              Scalars.code(ConsequenceKind::of))
          .optional(Wire.DESCRIPTION, Consequence::description,
              ImmutableConsequence.Builder::description, Scalars.STRING)
          .optional(Wire.COUNT, Consequence::count, ImmutableConsequence.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .optional(Wire.ATTRIBUTION, Consequence::attribution,
              ImmutableConsequence.Builder::attribution, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<Consultation, ImmutableConsultation.Builder> CONSULTATION =
      ObjectCodec.of(Consultation.class, Consultation::builder,
              ImmutableConsultation.Builder::build)
          .required(Wire.FORUM, Consultation::forum, ImmutableConsultation.Builder::forum,
              Scalars.ref())
          .required(Wire.BASIS, Consultation::basis, ImmutableConsultation.Builder::basis,
              Scalars.STRING)
          .list(Wire.REQUESTED_BY, Consultation::requestedBy,
              ImmutableConsultation.Builder::addAllRequestedBy, Scalars.refToSubtype())
          .optional(Wire.REQUESTED, Consultation::requested,
              ImmutableConsultation.Builder::requested, Scalars.TIME_POINT)
          .optional(Wire.HELD, Consultation::held, ImmutableConsultation.Builder::held,
              Scalars.TIME_POINT);

  public static final ObjectCodec<AirspaceIncident, ImmutableAirspaceIncident.Builder>
      AIRSPACE_INCIDENT = EventCodecs.event(AirspaceIncident.class, AirspaceIncident::builder,
              ImmutableAirspaceIncident.Builder::build)
          .required(Wire.AIRSPACE, AirspaceIncident::airspace,
              ImmutableAirspaceIncident.Builder::airspace, FoundationCodecs.AIRSPACE)
          .list(Wire.INTRUSIONS, AirspaceIncident::intrusions,
              ImmutableAirspaceIncident.Builder::addAllIntrusions, INTRUSION)
          .list(Wire.RESPONSES, AirspaceIncident::responses,
              ImmutableAirspaceIncident.Builder::addAllResponses, RESPONSE)
          .list(Wire.CONSEQUENCES, AirspaceIncident::consequences,
              ImmutableAirspaceIncident.Builder::addAllConsequences, CONSEQUENCE)
          .list(Wire.CONSULTATIONS, AirspaceIncident::consultations,
              ImmutableAirspaceIncident.Builder::addAllConsultations, CONSULTATION)
          .list(Wire.CLAIMS, AirspaceIncident::claims,
              ImmutableAirspaceIncident.Builder::addAllClaims,
              FoundationCodecs.claim(Scalars.STRING));
}
