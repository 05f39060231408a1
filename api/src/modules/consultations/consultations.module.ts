import type { FileService } from '../files/file.service.js';
import { defineModule, type Uses } from '../module.js';
import { ConsultationResolver } from './consultation.resolver.js';
import { ConsultationService } from './consultation.service.js';
import { ConsultationDetailsResolver } from './consultation-details.resolver.js';
import { CoordinatorService } from './coordinator.service.js';
import { DocumentResolver, MeetingResolver } from './document.resolver.js';
import { DocumentService } from './document.service.js';
import { MeetingService } from './meeting.service.js';

export const consultationsModule = defineModule({
  resolvers: [ConsultationResolver, ConsultationDetailsResolver, DocumentResolver, MeetingResolver],
  services: ({ db, config, files }: Uses<{ files: FileService }>) => {
    const consultations = new ConsultationService(db, config.maxVertices);
    return {
      consultations,
      documents: new DocumentService(db, consultations, files),
      meetings: new MeetingService(db, consultations),
      coordinators: new CoordinatorService(db, consultations),
    };
  },
  loaders: ({ consultations }) => consultations.loaders(),
});
