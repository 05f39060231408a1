import { defineModule } from '../module.js';
import { ConsultationResolver } from './consultation.resolver.js';
import { ConsultationService } from './consultation.service.js';
import { ConsultationDetailsResolver, MeetingResolver } from './consultation-details.resolver.js';
import { CoordinatorService } from './coordinator.service.js';
import { MeetingService } from './meeting.service.js';

export const consultationsModule = defineModule({
  resolvers: [ConsultationResolver, ConsultationDetailsResolver, MeetingResolver],
  services: ({ db, config }) => {
    const consultations = new ConsultationService(db, config.maxVertices);
    return {
      consultations,
      meetings: new MeetingService(db, consultations),
      coordinators: new CoordinatorService(db, consultations),
    };
  },
  loaders: ({ consultations }) => consultations.loaders(),
});
