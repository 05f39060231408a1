import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { GeoJSONScalar } from '../../geo/geojson.scalar.js';
import { UploadedFile } from '../files/file.type.js';
import { requireViewer } from '../identity/access.js';
import { DocumentInput, MeetingInput } from './consultation.input.js';
import { Consultation, ConsultationDocument, Meeting } from './consultation.type.js';

@Resolver(() => ConsultationDocument)
export class DocumentResolver {
  @FieldResolver(() => UploadedFile, { nullable: true, description: 'Null for a link.' })
  file(@Root() document: ConsultationDocument, @Ctx() { loaders }: Context) {
    return document.fileId ? loaders.uploadedFile.load(document.fileId) : null;
  }

  @Authorized('PLANNER')
  @Mutation(() => ConsultationDocument, {
    description: 'Adds a link, or a file uploaded to POST /files; audited.',
  })
  addConsultationDocument(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('input', () => DocumentInput) input: DocumentInput,
  ) {
    return context.services.documents.add(requireViewer(context), consultationId, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, {
    description: 'Removes a document (a file stays stored); audited.',
  })
  removeConsultationDocument(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.documents.remove(requireViewer(context), id);
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => GeoJSONScalar, { nullable: true, description: 'Where it is held, a Point.' })
  place(@Root() meeting: Meeting, @Ctx() { loaders }: Context) {
    return loaders.meetingPlace.load(meeting.id);
  }

  @Authorized('PLANNER')
  @Mutation(() => Meeting, { description: 'Adds a meeting; audited.' })
  addMeeting(
    @Ctx() context: Context,
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('input', () => MeetingInput) input: MeetingInput,
  ) {
    return context.services.meetings.add(requireViewer(context), consultationId, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Meeting, { description: 'Replaces every field of a meeting; audited.' })
  updateMeeting(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MeetingInput) input: MeetingInput,
  ) {
    return context.services.meetings.update(requireViewer(context), id, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => Consultation, { description: 'Removes a meeting; audited.' })
  removeMeeting(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.meetings.remove(requireViewer(context), id);
  }
}
